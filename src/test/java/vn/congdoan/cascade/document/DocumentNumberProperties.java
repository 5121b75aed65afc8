package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;

/**
 * Properties of document numbers (số và ký hiệu): formatting them and reading them back, and the
 * register's rules (per issuer, series and year: consecutive, unique, after the configured start),
 * checked against a register whose counters live in memory instead of the database.
 */
class DocumentNumberProperties implements WithQuickTheories {

  /** A fixed number of shrinking steps: a falsified property reports within seconds, not minutes. */
  @Override
  public QuickTheory qt() {
    return QuickTheory.qt().withShrinkCycles(200);
  }

  /** How a number and symbol are read: the number, the kind's abbreviation, optionally the issuer's symbol. */
  private static final Pattern NUMBER = Pattern.compile("^(\\d{2,})/([A-Z]+)(?:-(.+))?$");

  private static final List<String> SYMBOLS = List.of("CĐYT", "LĐLĐ", "CĐGD", "CĐN-XD", "ĐTN", "CĐCS");

  private Gen<String> issuerSymbol() {
    return Generate.pick(SYMBOLS).mix(Generate.pick(java.util.Arrays.asList(null, "", "  ")), 20);
  }

  @Test
  void aNumberIsWrittenWithTwoDigitsAtLeast_andReadsBackToTheSameParts() {
    qt().withExamples(300).forAll(integers().between(1, 1_000_000), Generate.enumValues(DocumentKind.class), issuerSymbol())
        .checkAssert((sequence, kind, symbol) -> {
          String text = new DocumentNumber(sequence, kind, symbol).text();
          Matcher parts = NUMBER.matcher(text);
          assertThat(parts.matches()).as(text).isTrue();
          assertThat(Integer.parseInt(parts.group(1))).isEqualTo(sequence);
          assertThat(parts.group(1)).isEqualTo(sequence < 10 ? "0" + sequence : String.valueOf(sequence));
          assertThat(parts.group(2)).isEqualTo(kind.symbol());
          assertThat(parts.group(3)).isEqualTo(symbol == null || symbol.isBlank() ? null : symbol);
          assertThat(text).endsWith("/" + DocumentNumber.symbol(kind, symbol));
          assertThat(new DocumentNumber(sequence, kind, symbol).toString()).isEqualTo(text);
        });
  }

  @Test
  void distinctNumbersOfOneSeries_areWrittenDistinctly_inTheSameOrder() {
    qt().withExamples(300).forAll(integers().between(1, 100_000), integers().between(1, 100_000), Generate.enumValues(DocumentKind.class))
        .checkAssert((a, b, kind) -> {
          String first = new DocumentNumber(a, kind, "CĐYT").text();
          String second = new DocumentNumber(b, kind, "CĐYT").text();
          assertThat(first.equals(second)).isEqualTo(a.equals(b));
          assertThat(Integer.compare(number(first), number(second))).isEqualTo(Integer.compare(a, b));
        });
  }

  @Test
  void numbersBelowOne_doNotExist() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0), Generate.enumValues(DocumentKind.class))
        .checkAssert((sequence, kind) -> assertThatThrownBy(() -> new DocumentNumber(sequence, kind, "CĐYT"))
            .isInstanceOf(IllegalArgumentException.class));
  }

  /** One issue: which issuer, which kind, which year. */
  private record Issue(int issuer, DocumentKind kind, int year) {}

  /** A configured start: issuer, year, kind (or none: the shared series) and the last number already taken. */
  private record Start(int issuer, int year, DocumentKind kind, int lastNumber) {}

  /** The register opens a year's counter in a transaction of its own; here nothing but a stand-in. */
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

  @Test
  void theRegister_givesConsecutiveUniqueNumbers_perIssuerSeriesAndYear_afterTheConfiguredStart() {
    Gen<Issue> issue = integers().between(0, 2).zip(Generate.enumValues(DocumentKind.class), integers().between(2023, 2026), Issue::new);
    Gen<Start> start = integers().between(0, 2).zip(integers().between(2023, 2026),
        Generate.enumValues(DocumentKind.class).toOptionals(50), integers().between(0, 500),
        (issuer, year, kind, last) -> new Start(issuer, year, kind.orElse(null), last));
    qt().withExamples(150).forAll(Generate.enumValues(DocumentProperties.Numbering.class), lists().of(start).ofSizeBetween(0, 4),
        lists().of(issue).ofSizeBetween(1, 60)).checkAssert((numbering, starts, issues) -> {
          List<OrganisationUnit> issuers = List.of(unit("cdn-y-te", "CĐYT"), unit("cdn-giao-duc", "CĐGD"), unit("ldld", null));
          DocumentProperties properties = new DocumentProperties(numbering, starts.stream()
              .map(s -> new DocumentProperties.RegisterStart(issuers.get(s.issuer()).getCode(), s.year(), s.kind(), s.lastNumber()))
              .toList());
          DocumentRegister register = new DocumentRegister(inMemoryCounters(), properties, transactions);

          Map<String, Integer> lastOfSeries = new HashMap<>();
          Set<String> taken = new HashSet<>();
          for (Issue i : issues) {
            OrganisationUnit issuer = issuers.get(i.issuer());
            DocumentNumber number = register.take(issuer, i.kind(), i.year());
            String series = numbering == DocumentProperties.Numbering.ONE_SERIES ? "ALL" : i.kind().symbol();
            String key = issuer.getCode() + "/" + series + "/" + i.year();
            int expected = lastOfSeries.getOrDefault(key, startOf(starts, i.issuer(), series, i.year())) + 1;
            assertThat(number.sequence()).as("number %d of %s", lastOfSeries.size(), key).isEqualTo(expected);
            lastOfSeries.put(key, expected);
            assertThat(number.kind()).isEqualTo(i.kind());
            assertThat(number.issuerSymbol()).isEqualTo(issuer.getSymbol());
            // within one issuer and year no two documents bear the same number and symbol; with one
            // series, no two documents of an issuer and year share a number at all
            assertThat(taken.add(issuer.getCode() + "/" + i.year() + "/" + number.text())).as(number.text()).isTrue();
            if (numbering == DocumentProperties.Numbering.ONE_SERIES) {
              assertThat(taken.add(issuer.getCode() + "/" + i.year() + "/#" + number.sequence())).isTrue();
            }
          }
        });
  }

  /** The configured start of a series: the highest matching entry, else 0 (as documented in docs/documents.md). */
  private static int startOf(List<Start> starts, int issuer, String series, int year) {
    return starts.stream().filter(s -> s.issuer() == issuer && s.year() == year
            && (s.kind() == null ? "ALL".equals(series) : s.kind().symbol().equals(series)))
        .mapToInt(Start::lastNumber).max().orElse(0);
  }

  private static int number(String text) {
    return Integer.parseInt(text.substring(0, text.indexOf('/')));
  }

  private static OrganisationUnit unit(String code, String symbol) {
    OrganisationUnit unit = new OrganisationUnit(code, UnitLevel.UPPER_LEVEL);
    unit.setSymbol(symbol);
    return unit;
  }

  /** The counters' table, kept in a map: a counter is created once (as the unique key ensures) and found again. */
  private static DocumentCounterRepository inMemoryCounters() {
    Map<String, DocumentCounter> table = new HashMap<>();
    return (DocumentCounterRepository) Proxy.newProxyInstance(DocumentCounterRepository.class.getClassLoader(),
        new Class<?>[] {DocumentCounterRepository.class}, (proxy, method, args) -> switch (method.getName()) {
          case "lock" -> Optional.ofNullable(table.get(key((OrganisationUnit) args[0], (String) args[1], (Integer) args[2])));
          case "saveAndFlush" -> {
            DocumentCounter counter = (DocumentCounter) args[0];
            if (table.putIfAbsent(key(counter.getIssuer(), counter.getSeries(), counter.getIssueYear()), counter) != null) {
              throw new DataIntegrityViolationException("uk_document_counter");
            }
            yield counter;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static String key(OrganisationUnit issuer, String series, int year) {
    return issuer.getCode() + "/" + series + "/" + year;
  }
}
