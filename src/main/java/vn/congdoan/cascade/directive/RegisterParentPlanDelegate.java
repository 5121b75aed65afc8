package vn.congdoan.cascade.directive;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.document.IncomingRegister;
import vn.congdoan.cascade.organisation.UnitProcessAccess;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RegisterParentPlan: the parent's plan, handed down inside the system ({@link ParentPlans}), arrives at
 * the child: it is numbered in the child's incoming register, the child's officers may read their process,
 * and the variables the cascade routes by are set as {@link RegisterDirectiveDelegate} sets them for a
 * directive typed in by hand.
 */
@Component("registerParentPlan")
class RegisterParentPlanDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RegisterParentPlanDelegate.class);

  private final DirectiveRepository directives;
  private final IncomingRegister incoming;
  private final UnitProcessAccess unitProcesses;
  private final EngineClock clock;

  RegisterParentPlanDelegate(DirectiveRepository directives, IncomingRegister incoming, UnitProcessAccess unitProcesses,
      EngineClock clock) {
    this.directives = directives;
    this.incoming = incoming;
    this.unitProcesses = unitProcesses;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findWithSector(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    if (!directive.isFromParentInSystem()) {
      throw new IllegalStateException("Directive " + directive.getId() + " was not handed down by a parent in the system");
    }
    Instant now = clock.now();
    if (directive.getArrivalNumber() == null) {
      directive.arrived(incoming.arrivalNumber(directive.getSector(), VietnamTime.dayOf(now).getYear()), now);
    }
    directive.setProcessInstanceId(execution.getProcessInstanceId());
    unitProcesses.grantReading(execution.getProcessInstanceId(), directive.getSector());
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(directive.businessKey());
    }
    RegisterDirectiveDelegate.setRoutingVariables(execution, directive, true);
    log.info("Plan {} of {} registered by {} as incoming document no. {}", directive.getNumber(), directive.getIssuer(),
        directive.getSector().getCode(), directive.getArrivalNumber());
  }
}
