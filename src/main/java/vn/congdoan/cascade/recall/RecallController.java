package vn.congdoan.cascade.recall;

import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.directive.Directive;

/**
 * {@code POST /api/directives/{id}/recall} with {@code {"reason": "…"}}: the sector's chair recalls a
 * running directive. 403 for anyone but the chair of the directive's sector, 400 without a reason, 409
 * once the directive is finished or recalled; the messages are Vietnamese.
 */
@RestController
class RecallController {

  private final DirectiveRecall recall;

  RecallController(DirectiveRecall recall) {
    this.recall = recall;
  }

  /** The chair's request. */
  record RecallRequest(String reason) {
  }

  /** The recall as recorded; the units' work is ended in the background, batch by batch. */
  record Recalled(long directiveId, Instant recalledAt, String recalledBy, String reason) {
  }

  @PostMapping("/api/directives/{id}/recall")
  public Recalled recall(@PathVariable("id") long id, @RequestBody RecallRequest request) {
    Directive directive = recall.recall(id, request == null ? null : request.reason());
    return new Recalled(directive.getId(), directive.getRecalledAt(), directive.getRecalledBy(), directive.getRecallReason());
  }
}
