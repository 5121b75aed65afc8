package vn.congdoan.cascade.reminder;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OrganisationRegistry;

/** The late units of a directive as officers read them: name, state, deadline, whom to call. */
@Component
class LateUnits {

  private final OrganisationRegistry registry;

  public LateUnits(OrganisationRegistry registry) {
    this.registry = registry;
  }

  public record Contact(String fullName, String title, String email, String phone) {}

  public record LateUnit(Long assignmentId, String code, String name, String status, String deadline, List<Contact> officers) {}

  /** The given units, in their order, with their officers read in a few queries whatever their number. */
  public List<LateUnit> describe(List<UnitAssignment> late) {
    Map<Long, List<Officer>> officers = registry.officersOf(late.stream().map(UnitAssignment::getUnit).toList());
    return late.stream().map(a -> describe(a, officers.getOrDefault(a.getUnit().getId(), List.of()))).toList();
  }

  private static LateUnit describe(UnitAssignment a, List<Officer> officers) {
    List<Contact> contacts = officers.stream()
        .map(o -> new Contact(o.getFullName(), o.getTitle(), o.getEmail(), o.getPhone())).toList();
    return new LateUnit(a.getId(), a.getUnit().getCode(), a.getUnit().getName(), a.getStatus().label(),
        VietnamTime.dayOf(a.getDeadline()).toString(), contacts);
  }

  /** One line per officer, e.g. "Nguyễn Văn A (Chủ tịch Công đoàn), 0912 345 678, a@example.vn". */
  public static String contactLine(Contact c) {
    StringBuilder line = new StringBuilder(c.fullName());
    if (c.title() != null) {
      line.append(" (").append(c.title()).append(")");
    }
    if (c.phone() != null) {
      line.append(", ").append(c.phone());
    }
    if (c.email() != null) {
      line.append(", ").append(c.email());
    }
    return line.toString();
  }

  static List<String> emails(List<Officer> officers) {
    return officers.stream().map(Officer::getEmail).filter(e -> e != null && !e.isBlank()).toList();
  }
}
