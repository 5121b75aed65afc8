package vn.congdoan.cascade.archive;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.CurrentOfficer;

/**
 * Who may read a directive's documents: an officer of the sector union that received the directive
 * (its office, chair or administrators), an officer of a grassroots union the plan was issued to, or an
 * administrator of the installation; drafts only the sector's officers and administrators. The user and
 * their groups are those the {@code /api} authentication put into Camunda's identity service
 * ({@link CurrentOfficer}). The only place that decides access to documents.
 */
@Component
class DocumentAccess {

  private final CurrentOfficer officer;
  private final UnitAssignmentRepository assignments;

  public DocumentAccess(CurrentOfficer officer, UnitAssignmentRepository assignments) {
    this.officer = officer;
    this.assignments = assignments;
  }

  /**
   * Refuses (403) a user who is neither an officer of the directive's sector (or of a unit above it) nor of
   * one of its units.
   */
  public void checkMayRead(Directive directive) {
    if (!officer.oversees(directive.getSector())
        && !assignments.existsByDirectiveAndUnit_CodeIn(directive, officer.groups())) {
      throw new DocumentRequestException(HttpStatus.FORBIDDEN,
          "Bạn không có quyền xem văn bản của kế hoạch " + directive.getNumber() + ".");
    }
  }

  /** Refuses (403) a user who is not an officer of the directive's sector. */
  public void checkMayReadDrafts(Directive directive) {
    if (!officer.isOfficerOf(directive.getSector())) {
      throw new DocumentRequestException(HttpStatus.FORBIDDEN,
          "Chỉ cán bộ " + directive.getSector().getName() + " được xem dự thảo văn bản.");
    }
  }
}
