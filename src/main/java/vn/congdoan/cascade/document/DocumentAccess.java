package vn.congdoan.cascade.document;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * Who may read a directive's documents: an active officer of the sector union that received the
 * directive, or of a grassroots union the plan was issued to. Drafts only the sector's officers. The
 * user is the one Camunda's identity service holds for this request (set by the authentication filter
 * on {@code /api/*}). The only place that decides access to documents.
 */
@Component
public class DocumentAccess {

  private final IdentityService identity;
  private final OfficerRepository officers;
  private final UnitAssignmentRepository assignments;

  public DocumentAccess(IdentityService identity, OfficerRepository officers, UnitAssignmentRepository assignments) {
    this.identity = identity;
    this.officers = officers;
    this.assignments = assignments;
  }

  /** Refuses (403) a user who is neither an officer of the directive's sector nor of one of its units. */
  public void checkMayRead(Directive directive) {
    Officer officer = currentOfficer();
    OrganisationUnit unit = officer == null ? null : officer.getUnit();
    boolean allowed = unit != null && (unit.getId().equals(directive.getSector().getId())
        || assignments.existsByDirectiveAndUnit(directive, unit));
    if (!allowed) {
      throw new DocumentRequestException(HttpStatus.FORBIDDEN,
          "Bạn không có quyền xem văn bản của kế hoạch " + directive.getNumber() + ".");
    }
  }

  /** Refuses (403) a user who is not an officer of the directive's sector. */
  public void checkMayReadDrafts(Directive directive) {
    Officer officer = currentOfficer();
    if (officer == null || !officer.getUnit().getId().equals(directive.getSector().getId())) {
      throw new DocumentRequestException(HttpStatus.FORBIDDEN,
          "Chỉ cán bộ " + directive.getSector().getName() + " được xem dự thảo văn bản.");
    }
  }

  private Officer currentOfficer() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new DocumentRequestException(HttpStatus.UNAUTHORIZED, "Vui lòng đăng nhập.");
    }
    return officers.findByUsername(authentication.getUserId()).filter(Officer::isActive).orElse(null);
  }
}
