package vn.congdoan.cascade.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.contract.SharedVariables;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentFileRepository;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.OrganisationUnitRepository;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * The issued plan a unit's form shows is read once per directive ({@link IssuedPlans}) and is never
 * stale: a change to the plan or to the directive's documents is seen by the next form, a value read in
 * a transaction that rolls back is not kept, the registry's names are read live, the cache is bounded.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class UnitContextCacheTest {

  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired UnitContext context;
  @Autowired IssuedPlans issuedPlans;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired ImplementingPlanRepository plans;
  @Autowired IssuedDocumentRepository documents;
  @Autowired DocumentFileRepository files;
  @Autowired OrganisationUnitRepository units;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void mayTwelve() {
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void theFanOutKeepsTheIssuedPlan_andAChangedPlanOrDocumentIsSeenByTheNextForm() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> started = scenario.distribute(sector);
    Directive directive = scenario.directiveOf(sector);
    ImplementingPlan plan = scenario.planOf(sector);
    UnitAssignment unit = started.get(0);

    // every unit's first form shows the plan; the fan-out's jobs left it in the cache
    Task draft = engine.getTaskService().createTaskQuery().processInstanceId(unit.getProcessInstanceId()).singleResult();
    assertThat(engine.getFormService().getTaskFormVariables(draft.getId()).get(SharedVariables.PLAN_DOCUMENT_NUMBER.name()))
        .isEqualTo(plan.getNumber());
    assertThat(issuedPlans.get(directive.getId())).isNotNull();
    assertThat(describe(unit)).contains("Thực hiện Kế hoạch số " + plan.getNumber() + " ngày ");

    // the plan changes (its number, as if issued again): the next form shows the new one
    inTransaction(() -> {
      plans.findById(plan.getId()).orElseThrow().issue(Instant.now(), "999/KH-CĐYT", LocalDate.of(2023, 5, 13));
      return null;
    });
    assertThat(issuedPlans.get(directive.getId())).isNull();
    assertThat(describe(unit)).contains("Thực hiện Kế hoạch số 999/KH-CĐYT ngày 13/05/2023");
    assertThat(issuedPlans.get(directive.getId())).isNotNull();

    // the directive's plan document goes: the links go with it, and nothing is kept until it is back
    IssuedDocument document = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.PLAN).orElseThrow();
    assertThat(planLinks(unit)).containsEntry(SharedVariables.PLAN_DOCUMENT_NUMBER.name(), document.getNumber());
    inTransaction(() -> {
      IssuedDocument stored = documents.findById(document.getId()).orElseThrow();
      for (DocumentFormat format : DocumentFormat.values()) {
        files.findByDocumentAndFormat(stored, format).ifPresent(files::delete);
      }
      documents.delete(stored);
      return null;
    });
    assertThat(planLinks(unit)).isEmpty();
    assertThat(issuedPlans.get(directive.getId())).isNull();
  }

  @Test
  void aPlanReadInATransactionThatRollsBack_isNotKept_andTheRegistrysNamesAreReadLive() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    UnitAssignment unit = scenario.distribute(sector).get(0);
    Long directiveId = scenario.directiveOf(sector).getId();

    issuedPlans.forget(directiveId);
    transaction.executeWithoutResult(status -> {
      context.describe(assignments.findWithContext(unit.getId()).orElseThrow());
      status.setRollbackOnly();
    });
    assertThat(issuedPlans.get(directiveId)).isNull();
    describe(unit);
    assertThat(issuedPlans.get(directiveId)).isNotNull();

    // the sector is renamed in the registry: the next form says so, whatever is kept
    String name = rename(CascadeScenario.SECTOR, "Công đoàn ngành Y tế tỉnh Thái Bình (tên mới)");
    try {
      assertThat(describe(unit)).contains(" của Công đoàn ngành Y tế tỉnh Thái Bình (tên mới)\n");
    } finally {
      rename(CascadeScenario.SECTOR, name);
    }
  }

  /**
   * A batch of the fan-out starts many units in one transaction: the plan its first unit read serves the others in
   * that transaction (before the commit keeps it for everyone), not another transaction, and not after a change to
   * the plan, its directive or its documents was flushed in it.
   */
  @Test
  void aPlanReadInATransaction_servesThatTransactionOnly_untilAChangeIsFlushed() throws Exception {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> started = scenario.distribute(sector);
    Long directiveId = scenario.directiveOf(sector).getId();
    ImplementingPlan plan = scenario.planOf(sector);

    issuedPlans.forget(directiveId);
    transaction.executeWithoutResult(status -> {
      context.describe(assignments.findWithContext(started.get(0).getId()).orElseThrow());
      assertThat(issuedPlans.get(directiveId)).as("for the rest of the transaction").isNotNull();
      assertThat(elsewhere(() -> issuedPlans.get(directiveId))).as("another transaction, before the commit").isNull();
      assertThat(context.describe(assignments.findWithContext(started.get(1).getId()).orElseThrow()))
          .contains("Thực hiện Kế hoạch số " + plan.getNumber() + " ngày ");

      plans.findById(plan.getId()).orElseThrow().issue(Instant.now(), "998/KH-CĐYT", LocalDate.of(2023, 5, 13));
      plans.flush();
      assertThat(issuedPlans.get(directiveId)).as("after a change flushed in the transaction").isNull();
      assertThat(context.describe(assignments.findWithContext(started.get(1).getId()).orElseThrow()))
          .contains("Thực hiện Kế hoạch số 998/KH-CĐYT ngày 13/05/2023");
      status.setRollbackOnly();
    });
    assertThat(issuedPlans.get(directiveId)).as("nothing kept from a rolled back transaction").isNull();
    assertThat(describe(started.get(1))).contains("Thực hiện Kế hoạch số " + plan.getNumber() + " ngày ");
  }

  /** Runs on another thread, outside the caller's transaction. */
  private static <T> T elsewhere(Supplier<T> work) {
    return java.util.concurrent.CompletableFuture.supplyAsync(work).join();
  }

  @Test
  void aValueReadBeforeAChange_isNotKept_andTheCacheIsBounded() {
    UnitContext.IssuedPlan plan = new UnitContext.IssuedPlan("1/KH-CĐYT", LocalDate.of(2023, 5, 12), "Kỷ niệm", Map.of());
    long readAt = issuedPlans.generation();
    issuedPlans.forget(-1L);
    issuedPlans.keep(-2L, plan, readAt);
    assertThat(issuedPlans.get(-2L)).isNull();

    for (long id = 1; id <= IssuedPlans.MAX_DIRECTIVES + 50; id++) {
      issuedPlans.keep(-1_000_000L - id, plan, issuedPlans.generation());
    }
    assertThat(issuedPlans.size()).isEqualTo(IssuedPlans.MAX_DIRECTIVES);
    assertThat(issuedPlans.get(-1_000_000L - 1)).isNull();
    assertThat(issuedPlans.get(-1_000_000L - IssuedPlans.MAX_DIRECTIVES - 50)).isNotNull();
  }

  /** Renames a unit of the registry; returns its former name. */
  private String rename(String code, String name) {
    return inTransaction(() -> {
      OrganisationUnit unit = units.findByCode(code).orElseThrow();
      String former = unit.getName();
      unit.setName(name);
      return former;
    });
  }

  private String describe(UnitAssignment unit) {
    return inTransaction(() -> context.describe(assignments.findWithContext(unit.getId()).orElseThrow()));
  }

  private Map<String, Object> planLinks(UnitAssignment unit) {
    return inTransaction(() -> context.planLinks(assignments.findWithContext(unit.getId()).orElseThrow()));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
