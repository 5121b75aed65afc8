package vn.congdoan.cascade.recall;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.ConflictException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.InvalidRequestException;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The sector's chair recalls (thu hồi) a running directive with a reason. In one transaction, the
 * directive's row locked (a second recall at the same moment waits and is then refused): the recall is
 * recorded on the directive and the message DirectiveRecalled is correlated to the sector's process, whose
 * event subprocess "Thu hồi kế hoạch" interrupts whatever it was doing, marks the documents recalled and
 * leaves a job that ends the units' work batch by batch.
 */
@Service
class DirectiveRecall {

  static final int MAX_REASON = 4000;
  private static final Logger log = LoggerFactory.getLogger(DirectiveRecall.class);

  private final DirectiveRepository directives;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentOfficer officer;
  private final EngineClock clock;

  DirectiveRecall(DirectiveRepository directives, RuntimeService runtime, IdentityService identity, CurrentOfficer officer,
      EngineClock clock) {
    this.directives = directives;
    this.runtime = runtime;
    this.identity = identity;
    this.officer = officer;
    this.clock = clock;
  }

  @Transactional
  public Directive recall(long directiveId, String reason) {
    Directive directive = directives.lock(directiveId)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + directiveId + "."));
    if (!officer.isChairOf(directive.getSector())) {
      throw new AccessRefusedException("Chỉ Chủ tịch của đơn vị ban hành kế hoạch được thu hồi kế hoạch.");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException("Vui lòng nhập lý do thu hồi kế hoạch.");
    }
    if (text.length() > MAX_REASON) {
      throw new InvalidRequestException("Lý do thu hồi dài quá " + MAX_REASON + " ký tự.");
    }
    if (directive.isRecalled()) {
      throw new ConflictException("Kế hoạch này đã được thu hồi trước đó.");
    }
    String processInstanceId = directive.getProcessInstanceId();
    boolean running = processInstanceId != null && WithoutCaller.lookup(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
    if (!running) {
      throw new ConflictException("Kế hoạch này đã kết thúc, không thu hồi được.");
    }
    directive.recall(clock.now(), officer.userId(), text);
    // as the application: correlating a message is refused to officers on the engine's API
    try {
      WithoutCaller.lookup(identity, () -> runtime.createMessageCorrelation(DirectiveCascadeContract.MESSAGE_DIRECTIVE_RECALLED)
          .processInstanceId(processInstanceId)
          .setVariables(DirectiveCascadeContract.RECALL_REASON.putInto(Variables.createVariables(), text))
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // a process started on a model version without the event subprocess "Thu hồi kế hoạch"; nothing is kept
      log.warn("Directive {}: process {} does not accept DirectiveRecalled (an older model version?)", directiveId, processInstanceId);
      throw new ConflictException("Kế hoạch này chạy trên phiên bản quy trình cũ nên chưa thu hồi được; "
          + "vui lòng báo quản trị hệ thống chuyển quy trình sang phiên bản mới.");
    }
    log.info("Directive {} ({}) recalled by {}", directive.getId(), directive.getNumber(), officer.userId());
    return directive;
  }
}
