package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.OrganisationUnitRepository;

/**
 * Document numbers under concurrent issuing: many transactions take numbers of one register at the
 * same time, some of them roll back (as a failed issue does). The numbers that were kept are exactly
 * 1, 2, …, n: no gap, no duplicate. Years and issuers have registers of their own, and a register
 * starts after the number configured for it (the demo's 2023 register after 219).
 */
// an engine of its own name, so that Camunda's static engine registry keeps the shared contexts' engine
// "default" for their REST APIs
@SpringBootTest(properties = {"cascade.documents.numbering=ONE_SERIES",
    "camunda.bpm.process-engine-name=documentRegisterTest"})
@ActiveProfiles({"demo", "test"})
class DocumentRegisterConcurrencyTest {

  @Autowired DocumentRegister register;
  @Autowired OrganisationUnitRepository units;
  @Autowired TransactionTemplate transactions;

  @Test
  void concurrentIssuers_getConsecutiveNumbers_andRolledBackNumbersAreGivenAgain() throws Exception {
    OrganisationUnit sector = units.findByCode("cdn-y-te-thai-binh").orElseThrow();
    int threads = 8;
    int perThread = 25;
    List<Integer> kept = Collections.synchronizedList(new ArrayList<>());
    List<Integer> rolledBack = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          boolean fail = (thread + i) % 5 == 0;
          DocumentKind kind = i % 2 == 0 ? DocumentKind.PLAN : DocumentKind.REPORT;
          transactions.executeWithoutResult(status -> {
            DocumentNumber number = register.take(sector, kind, 2031);
            if (fail) {
              rolledBack.add(number.sequence());
              status.setRollbackOnly();
            } else {
              kept.add(number.sequence());
            }
          });
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    int expected = (int) IntStream.range(0, threads).flatMap(t -> IntStream.range(0, perThread).filter(i -> (t + i) % 5 != 0)).count();
    assertThat(kept).hasSize(expected).doesNotHaveDuplicates();
    assertThat(kept).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, expected).boxed().toList());
    assertThat(rolledBack).isNotEmpty();
    // the next issue continues right after the last kept number
    assertThat(take(sector, DocumentKind.REPORT, 2031))
        .isEqualTo((expected + 1) + "/BC-CĐYT");
  }

  @Test
  void eachIssuerAndYearHasItsOwnRegister_startingAfterTheConfiguredNumber() {
    OrganisationUnit sector = units.findByCode("cdn-y-te-thai-binh").orElseThrow();
    OrganisationUnit unit = units.findByCode("cdcs-cdc").orElseThrow();
    // the demo configures the sector's 2023 register to continue after 219 (Plan 220/KH-CĐYT)
    assertThat(take(sector, DocumentKind.PLAN, 2023)).isEqualTo("220/KH-CĐYT");
    assertThat(take(sector, DocumentKind.REPORT, 2023)).isEqualTo("221/BC-CĐYT");
    assertThat(take(sector, DocumentKind.PLAN, 2032)).isEqualTo("01/KH-CĐYT");
    // a unit without a symbol in the registry numbers with the kind alone
    assertThat(take(unit, DocumentKind.REPORT, 2032)).isEqualTo("01/BC");
  }

  private String take(OrganisationUnit issuer, DocumentKind kind, int year) {
    return transactions.execute(s -> register.take(issuer, kind, year).text());
  }
}
