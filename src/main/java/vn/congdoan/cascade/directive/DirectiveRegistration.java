package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.calendar.ReminderSchedule;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.DirectiveForm;
import vn.congdoan.cascade.document.IncomingRegister;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.organisation.Administrators;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.UnitProcessAccess;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Registering a higher body's directive: the start form checked into a {@link DirectiveSubmission} (the
 * checks need the registry, the clock and the directives already registered), then stored.
 */
@Service
class DirectiveRegistration {

  /** The engine's column for a process instance's business key ({@code BUSINESS_KEY_}, varchar(255)). */
  static final int MAX_BUSINESS_KEY = 255;

  /** A deadline further than this after the issue date is a typing error (2203 for 2023). */
  static final int MAX_YEARS = 2;

  /** The receiving sector, for an administrator or a script that registers a directive for a sector. */
  static final String SECTOR_CODE = DirectiveCascadeContract.SECTOR_CODE.name();

  private final DirectiveRepository directives;
  private final OrganisationRegistry registry;
  private final EngineClock clock;
  private final CascadeProperties cascade;
  private final Administrators administrators;

  private final UnitProcessAccess unitProcesses;
  private final IncomingRegister incoming;

  public DirectiveRegistration(DirectiveRepository directives, OrganisationRegistry registry, EngineClock clock,
      CascadeProperties cascade, Administrators administrators, UnitProcessAccess unitProcesses,
      IncomingRegister incoming) {
    this.unitProcesses = unitProcesses;
    this.incoming = incoming;
    this.directives = directives;
    this.registry = registry;
    this.clock = clock;
    this.cascade = cascade;
    this.administrators = administrators;
  }

  /**
   * Checks the start form and stores the directive, with the process instance that handles it; a refused
   * form is a {@link FormValidationException} (every refused field at once where they can be told apart).
   */
  public Directive register(FormInput input, String initiator, String businessKey, String processInstanceId) {
    DirectiveSubmission submission = check(input, initiator, businessKey);
    Directive directive;
    try {
      directive = directives.saveAndFlush(new Directive(submission.number(), submission.issuedOn(), submission.issuer(),
          submission.subject(), cascade.deadlineOf(submission.deadline()), submission.sector(), initiator, clock.now()));
    } catch (DataIntegrityViolationException e) {
      // the same directive submitted twice at the same moment: the other submission registered it
      throw new FormValidationException(DirectiveForm.DIRECTIVE_NUMBER.name(),
          alreadyRegistered(submission.number(), submission.issuer(), submission.issuedOn()));
    }
    directive.setProcessInstanceId(processInstanceId);
    directive.setReminderDays(submission.reminderDays());
    directive.arrived(incoming.arrivalNumber(submission.sector(), VietnamTime.dayOf(directive.getRegisteredAt()).getYear()),
        directive.getRegisteredAt());
    unitProcesses.grantReading(processInstanceId, submission.sector());
    return directive;
  }

  /** The start form's validator: the submission, or a {@link FormValidationException}. */
  DirectiveSubmission check(FormInput input, String initiator, String businessKey) {
    if (businessKey != null && businessKey.length() > MAX_BUSINESS_KEY) {
      // the engine would fail writing it (HTTP 500) after the whole start had run
      throw new FormValidationException("businessKey", "Mã nghiệp vụ (business key) dài quá " + MAX_BUSINESS_KEY + " ký tự.");
    }
    if (businessKey != null && FormInput.firstBidiControl(businessKey) >= 0) {
      throw new FormValidationException("businessKey", "Mã nghiệp vụ (business key) có ký tự điều khiển chiều viết.");
    }
    OrganisationUnit sector = receivingSector(input, initiator);

    String number = input.requiredIdentifier(DirectiveForm.DIRECTIVE_NUMBER.name(), "số, ký hiệu văn bản", 50);
    LocalDate issuedOn = input.requiredDate(DirectiveForm.DIRECTIVE_ISSUED_ON.name(), "ngày ban hành");
    String issuer = input.requiredName(DirectiveForm.DIRECTIVE_ISSUER.name(), "cơ quan ban hành", 200);
    String subject = input.requiredText(DirectiveForm.DIRECTIVE_SUBJECT.name(), "trích yếu", 500);
    LocalDate deadline = input.requiredDate(DirectiveForm.DIRECTIVE_DEADLINE.name(), "hạn hoàn thành của CĐCS");
    String reminderDays = input.optionalText(DirectiveForm.DIRECTIVE_REMINDER_DAYS.name(), "lịch nhắc hạn", 40);
    if (reminderDays != null) {
      try {
        reminderDays = ReminderSchedule.parse(reminderDays).daysBefore().stream().map(String::valueOf)
            .collect(Collectors.joining(","));
      } catch (IllegalArgumentException e) {
        input.reject(DirectiveForm.DIRECTIVE_REMINDER_DAYS.name(), "Lịch nhắc hạn không hợp lệ: nhập các số ngày trước hạn (0 đến 60), "
            + "cách nhau bởi dấu phẩy, ví dụ 7, 3, 1, 0.");
      }
    }
    LocalDate today = VietnamTime.dayOf(clock.now());
    if (issuedOn != null && issuedOn.isAfter(today)) {
      input.reject(DirectiveForm.DIRECTIVE_ISSUED_ON.name(), "Ngày ban hành " + VietnamTime.format(issuedOn) + " chưa đến: văn bản đã nhận "
          + "phải có ngày ban hành từ hôm nay trở về trước.");
    }
    if (issuedOn != null && deadline != null && !deadline.isAfter(issuedOn)) {
      input.reject(DirectiveForm.DIRECTIVE_DEADLINE.name(), "Hạn hoàn thành phải sau ngày ban hành văn bản.");
    } else if (deadline != null && cascade.deadlineOf(deadline).isBefore(clock.now())) {
      input.reject(DirectiveForm.DIRECTIVE_DEADLINE.name(), "Hạn hoàn thành " + VietnamTime.format(deadline) + " đã qua.");
    } else if (issuedOn != null && deadline != null && deadline.isAfter(issuedOn.plusYears(MAX_YEARS))) {
      input.reject(DirectiveForm.DIRECTIVE_DEADLINE.name(), "Hạn hoàn thành " + VietnamTime.format(deadline) + " quá " + MAX_YEARS
          + " năm sau ngày ban hành: vui lòng kiểm tra lại năm.");
    }
    if (number != null && issuer != null && issuedOn != null
        && directives.existsBySectorAndIssuerAndNumberAndIssueYear(sector, issuer, number, issuedOn.getYear())) {
      input.reject(DirectiveForm.DIRECTIVE_NUMBER.name(), alreadyRegistered(number, issuer, issuedOn));
    }
    input.throwIfInvalid();
    return new DirectiveSubmission(sector, number, issuedOn, issuer, subject, deadline, reminderDays);
  }

  private static String alreadyRegistered(String number, String issuer, LocalDate issuedOn) {
    return "Văn bản số " + number + " của " + issuer + " năm " + issuedOn.getYear() + " đã được tiếp nhận.";
  }

  /**
   * The unit named by {@code sectorCode}, or else the union the starting officer works for: any active
   * unit with children (an LĐLĐ, an upper-level union). An officer may name only their own unit; an
   * administrator, or a caller without a user (a script through the Java API), any.
   */
  private OrganisationUnit receivingSector(FormInput input, String initiator) {
    String code = input.optionalText(SECTOR_CODE, "mã công đoàn ngành", 64);
    if (input.hasErrors()) {
      input.throwIfInvalid();
    }
    OrganisationUnit own = initiator == null ? null : registry.unitOfOfficer(initiator).orElse(null);
    OrganisationUnit unit = code != null ? registry.findUnit(code).orElse(null) : own;
    if (unit == null || unit.getLevel() == UnitLevel.GRASSROOTS || !unit.isActive()) {
      throw new FormValidationException(SECTOR_CODE,
          "Chỉ cán bộ của một công đoàn có đơn vị trực thuộc (LĐLĐ, công đoàn cấp trên cơ sở) mới tiếp nhận được "
              + "kế hoạch của cấp trên.");
    }
    if (initiator != null && (own == null || !own.getCode().equals(unit.getCode())) && !administrators.isAdministrator(initiator)) {
      throw new FormValidationException(SECTOR_CODE,
          "Cán bộ chỉ tiếp nhận được kế hoạch cho công đoàn của mình, không cho " + unit.getName() + ".");
    }
    return unit;
  }
}
