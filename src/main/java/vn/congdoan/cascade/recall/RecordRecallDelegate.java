package vn.congdoan.cascade.recall;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;

/**
 * Task_RecordRecall, in the chair's transaction: every document the directive's cascade has issued is
 * marked recalled. Nothing is deleted: the numbers stay used in the register, the files stay readable.
 */
@Component("recordRecall")
class RecordRecallDelegate implements JavaDelegate {

  private final DirectiveRepository directives;
  private final IssuedDocumentRepository documents;

  RecordRecallDelegate(DirectiveRepository directives, IssuedDocumentRepository documents) {
    this.directives = directives;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    if (!directive.isRecalled()) {
      throw new IllegalStateException("Directive " + directive.getId() + " received DirectiveRecalled without a recorded recall");
    }
    Instant at = directive.getRecalledAt();
    for (IssuedDocument document : documents.findByDirectiveIdOrderByIssuedOnAscIdAsc(directive.getId())) {
      document.recalled(at);
    }
  }
}
