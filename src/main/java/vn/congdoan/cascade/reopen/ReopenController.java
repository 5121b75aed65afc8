package vn.congdoan.cascade.reopen;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.grassroots.UnitAssignment;

/**
 * {@code POST /api/directives/{id}/units/{unit}/reopen} with {@code {"step": "SUB_PLAN" | "ACTIVITY_REPORT" |
 * "NOMINATIONS", "reason": "…"}}: the sector's office returns a unit's submission. 403 for anyone but the
 * office of the directive's sector, 400 without a reason or with an unknown step, 409 once the unit has
 * finished, the report is compiled or the directive recalled; the messages are Vietnamese.
 */
@RestController
class ReopenController {

  private final SubmissionReopening reopening;

  ReopenController(SubmissionReopening reopening) {
    this.reopening = reopening;
  }

  /** The office's request. */
  record ReopenRequest(String step, String reason) {
  }

  /** The unit's state after the return. */
  record Reopened(long directiveId, String unitCode, String step, String status, String reason) {
  }

  @PostMapping("/api/directives/{id}/units/{unit}/reopen")
  public Reopened reopen(@PathVariable("id") long id, @PathVariable("unit") String unitCode, @RequestBody ReopenRequest request) {
    UnitAssignment a = reopening.reopen(id, unitCode, request == null ? null : request.step(), request == null ? null : request.reason());
    return new Reopened(id, unitCode, request.step(), a.getStatus().name(), a.getReopenReason());
  }
}
