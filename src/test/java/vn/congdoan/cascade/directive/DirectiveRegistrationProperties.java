package vn.congdoan.cascade.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.congdoan.cascade.support.VietnameseText.blank;
import static vn.congdoan.cascade.support.VietnameseText.hostile;
import static vn.congdoan.cascade.support.VietnameseText.padded;
import static vn.congdoan.cascade.support.VietnameseText.stored;
import static vn.congdoan.cascade.support.VietnameseText.text;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.EngineClock;
import vn.congdoan.cascade.organisation.Administrators;

/**
 * Properties of registering a higher body's directive (the start form, RegisterDirectiveDelegate): a
 * valid form is stored trimmed and in NFC, whatever its spelling; whatever the form holds, the only
 * exception is the form's refusal, in Vietnamese, naming the field, without technical text. The
 * repository and registry are stand-ins; the rules are the delegate's own.
 */
class DirectiveRegistrationProperties implements WithQuickTheories {

  /** A fixed number of shrinking steps: a falsified property reports within seconds, not minutes. */
  @Override
  public QuickTheory qt() {
    return QuickTheory.qt().withShrinkCycles(200);
  }

  private final LocalDate today = LocalDate.now(VietnamTime.ZONE);

  /** A valid start form as typed: padded text, ISO dates, an optional reminder schedule. */
  private Gen<Map<String, Object>> validForm() {
    Gen<String> number = padded(text(1, 12));
    Gen<String> issuer = padded(text(1, 45));
    Gen<String> subject = padded(text(1, 120));
    Gen<Map<String, Object>> texts = number.zip(issuer, subject, (n, i, s) -> {
      Map<String, Object> form = new HashMap<>();
      form.put("directiveNumber", n);
      form.put("directiveIssuer", i);
      form.put("directiveSubject", s);
      return form;
    });
    Gen<String> reminders = Generate.pick(java.util.Arrays.asList(null, "", "7, 3, 1, 0", "0", " 10,5 ,1", "60, 30, 0"));
    return texts.zip(integers().between(0, 400), integers().between(1, 300), reminders, (form, daysAgo, daysAhead, days) -> {
      form.put("directiveIssuedOn", today.minusDays(daysAgo).toString());
      form.put("directiveDeadline", today.plusDays(daysAhead).toString());
      form.put("directiveReminderDays", days);
      return form;
    });
  }

  @Test
  void aValidForm_isRegistered_trimmedAndInNfc_whateverItsSpelling() {
    qt().withExamples(150).forAll(validForm(), booleans().all()).checkAssert((form, decomposed) -> {
      Map<String, Object> typed = new HashMap<>(form);
      if (decomposed) {
        typed.replaceAll((key, value) -> value instanceof String s ? Normalizer.normalize(s, Normalizer.Form.NFD) : value);
      }
      Directive directive = register(typed);
      assertThat(directive).as("registered").isNotNull();
      // the number and the issuer are part of the directive's unique key: compared and stored as identifiers
      assertThat(directive.getNumber()).isEqualTo(FormInput.normaliseIdentifier((String) form.get("directiveNumber")))
          .isEqualTo(FormInput.normaliseIdentifier(stored((String) form.get("directiveNumber"))));
      assertThat(directive.getIssuer()).isEqualTo(FormInput.normaliseIdentifier((String) form.get("directiveIssuer")));
      assertThat(directive.getSubject()).isEqualTo(stored((String) form.get("directiveSubject")));
      assertThat(directive.getIssuedOn()).isEqualTo(LocalDate.parse((String) form.get("directiveIssuedOn")));
      assertThat(directive.getDeadline())
          .isEqualTo(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.parse((String) form.get("directiveDeadline"))));
    });
  }

  @Test
  void aNumberOverFiftyCharacters_isRefused_naming_theField() {
    Gen<String> longNumber = text(51, 120).map(t -> t.replace(" ", "")).map(t -> stored(t))
        .assuming(t -> t.codePointCount(0, t.length()) > 50);
    qt().withExamples(60).forAll(validForm(), longNumber).checkAssert((form, number) -> {
      form.put("directiveNumber", number);
      FormValidationException refused = refusal(form);
      assertThat(refused.errors()).extracting(FormValidationException.FieldError::field, FormValidationException.FieldError::message)
          .contains(org.assertj.core.groups.Tuple.tuple("directiveNumber", "Số, ký hiệu văn bản dài quá 50 ký tự."));
    });
  }

  @Test
  void anyForm_isRegisteredOrRefused_neverAnotherException_andRefusalsCarryNoTechnicalText() {
    Gen<Object> anyText = Generate.oneOf(hostile().map(s -> (Object) s), blank().map(s -> (Object) s), Generate.constant((Object) null),
        integers().all().map(i -> (Object) i), padded(text(1, 30)).map(s -> (Object) s), Generate.constant(() -> (Object) "x".repeat(100_000)));
    Gen<Object> anyDate = Generate.oneOf(anyText, Generate.pick(List.of("2023-02-30", "2023-13-01", "30/05/2023", "2023-05-30T10:00:00Z",
        "+999999999-12-31", "-999999999-01-01", "2023-05-3😀", "0000-00-00", "2023-5-1")).map(s -> (Object) s),
        integers().between(-500, 500).map(d -> (Object) today.plusDays(d).toString()));
    Gen<String> field = Generate.pick(List.of("directiveNumber", "directiveIssuedOn", "directiveIssuer", "directiveSubject",
        "directiveDeadline", "directiveReminderDays"));
    qt().withExamples(400).forAll(validForm(), lists().of(field).ofSizeBetween(1, 6), anyText, anyDate)
        .checkAssert((form, fields, textValue, dateValue) -> {
          for (String name : fields) {
            form.put(name, name.endsWith("On") || name.endsWith("Deadline") ? dateValue : textValue);
          }
          Throwable thrown = catchThrowable(() -> register(form));
          if (thrown != null) {
            assertThat(thrown).as("form %s", form.keySet()).isInstanceOf(FormValidationException.class);
            FormValidationException refused = (FormValidationException) thrown;
            assertThat(refused.errors()).isNotEmpty().allSatisfy(e -> {
              assertThat(e.field()).isIn("directiveNumber", "directiveIssuedOn", "directiveIssuer", "directiveSubject",
                  "directiveDeadline", "directiveReminderDays");
              assertThat(e.message()).matches("(?s)(Vui lòng nhập|Vui lòng chọn|Số, ký hiệu|Cơ quan ban hành|Trích yếu|Ngày ban hành|"
                  + "Hạn hoàn thành|Lịch nhắc hạn|Văn bản số).*")
                  .doesNotContain("Exception", "\tat ", "java.", "<script", "\u0000");
            });
          }
        });
  }

  // ---------------------------------------------------------------- the delegate with stand-ins

  private final Map<String, Object> variables = new HashMap<>();
  private final AtomicReference<Directive> saved = new AtomicReference<>();
  private final RegisterDirectiveDelegate delegate;
  private final DelegateExecution execution = mock(DelegateExecution.class);

  DirectiveRegistrationProperties() {
    DirectiveRepository directives = mock(DirectiveRepository.class);
    when(directives.existsBySectorAndIssuerAndNumberAndIssueYear(any(), anyString(), anyString(), anyInt())).thenReturn(false);
    when(directives.saveAndFlush(any())).thenAnswer(call -> {
      saved.set(call.getArgument(0));
      return call.getArgument(0);
    });
    OrganisationRegistry registry = mock(OrganisationRegistry.class);
    OrganisationUnit sector = new OrganisationUnit("cdn-y-te-thai-binh", UnitLevel.UPPER_LEVEL);
    when(registry.findUnit("cdn-y-te-thai-binh")).thenReturn(Optional.of(sector));
    when(registry.unitOfOfficer(anyString())).thenReturn(Optional.of(sector));
    when(execution.getVariables()).thenAnswer(call -> Variables.fromMap(variables));
    // the delegate reads the form as the engine holds it, without deserializing anything
    when(execution.getVariablesTyped(false)).thenAnswer(call -> Variables.fromMap(variables));
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    // the delegate reads its variables through the contract's typed API
    when(execution.getVariableTyped(anyString(), anyBoolean()))
        .thenAnswer(call -> Variables.fromMap(variables).getValueTyped(call.<String>getArgument(0)));
    when(execution.getProcessInstanceId()).thenReturn("process-instance");
    delegate = new RegisterDirectiveDelegate(directives, registry, new EngineClock(), CascadeProperties.DEFAULTS,
        mock(Administrators.class), mock(vn.congdoan.cascade.organisation.UnitProcessAccess.class),
        mock(vn.congdoan.cascade.document.IncomingRegister.class));
  }

  /** Runs the delegate on a start form, as the office's officer; returns the directive it stored. */
  private Directive register(Map<String, Object> form) {
    variables.clear();
    variables.putAll(form);
    variables.put("initiator", "vanphong.cdyt");
    saved.set(null);
    delegate.execute(execution);
    return saved.get();
  }

  private FormValidationException refusal(Map<String, Object> form) {
    Throwable thrown = catchThrowable(() -> register(form));
    assertThat(thrown).isInstanceOf(FormValidationException.class);
    return (FormValidationException) thrown;
  }
}
