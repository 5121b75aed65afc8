package vn.congdoan.cascade.progress;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress of a directive over its grassroots unions, for the page {@code /progress/} and for other
 * systems: {@code GET /api/directives} and {@code GET /api/directives/{id}/progress}.
 */
@RestController
@RequestMapping("/api/directives")
class ProgressController {

  private final ProgressQuery progress;

  public ProgressController(ProgressQuery progress) {
    this.progress = progress;
  }

  @GetMapping
  public List<DirectiveProgress> directives() {
    return progress.visibleDirectives();
  }

  @GetMapping("/{id}/progress")
  public DirectiveProgress progress(@PathVariable("id") long id) {
    return progress.of(id);
  }
}
