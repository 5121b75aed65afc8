package vn.congdoan.cascade.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A directive's audit trail for the page {@code /progress/audit.html} and other systems:
 * {@code GET /api/directives/{id}/audit?page=0&size=200}, oldest first, at most {@value AuditTrail#MAX_PAGE_SIZE}
 * entries a page. Read-only: the trail has no endpoint that writes.
 */
@RestController
@RequestMapping("/api/directives")
class AuditController {

  private final AuditTrail trail;

  public AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/{id}/audit")
  public AuditPage audit(@PathVariable("id") long id, @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "200") int size) {
    return trail.page(id, Math.max(0, page), Math.max(1, Math.min(size, AuditTrail.MAX_PAGE_SIZE)));
  }
}
