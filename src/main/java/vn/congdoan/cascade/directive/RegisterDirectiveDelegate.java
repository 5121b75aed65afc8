package vn.congdoan.cascade.directive;

import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.DirectiveForm;
import vn.congdoan.cascade.document.IncomingRegister;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.StartForm;
import vn.congdoan.cascade.organisation.Administrators;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.UnitProcessAccess;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RegisterDirective: records the higher body's directive from the start form
 * ({@link DirectiveRegistration}) and sets the variables the cascade routes by. Runs in the transaction
 * that starts the process, so a refused directive leaves neither a record nor a process instance behind.
 */
@Component("registerDirective")
class RegisterDirectiveDelegate implements JavaDelegate, StartForm {

  static final Set<String> FORM_VARIABLES = DirectiveForm.FORM.variableNames();

  private final DirectiveRegistration registration;

  @Autowired
  public RegisterDirectiveDelegate(DirectiveRegistration registration) {
    this.registration = registration;
  }

  /** The delegate with its own registration service (a test's stand-ins). */
  RegisterDirectiveDelegate(DirectiveRepository directives, OrganisationRegistry registry, EngineClock clock,
      CascadeProperties cascade, Administrators administrators, UnitProcessAccess unitProcesses,
      IncomingRegister incoming) {
    this(new DirectiveRegistration(directives, registry, clock, cascade, administrators, unitProcesses, incoming));
  }

  @Override
  public String processDefinitionKey() {
    return DirectiveCascadeContract.PROCESS_KEY;
  }

  @Override
  public Set<String> submittedVariables() {
    return DirectiveForm.FORM.submittedNames();
  }

  @Override
  public void execute(DelegateExecution execution) {
    String initiator = DirectiveCascadeContract.INITIATOR.from(execution).getOrNull();
    // the form's values as the engine holds them: nothing deserialized, each checked for its type
    FormInput input = new FormInput(execution.getVariablesTyped(false));
    Directive directive = registration.register(input, initiator, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId());

    FormTaskListener.discardFormVariables(execution, FORM_VARIABLES);
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      // readable in Cockpit's list of instances (the starter may have given their own)
      execution.setProcessBusinessKey(directive.businessKey());
    }
    DirectiveCascadeContract.DIRECTIVE_ID.on(execution).set(directive.getId());
    // typed in from a body outside the system: the report is e-mailed there
    setRoutingVariables(execution, directive, false);
  }

  /**
   * What the cascade routes by, for a directive typed in or received from the parent: the unit and its groups,
   * the units' deadline (and the first escalation then), and where the report goes.
   */
  static void setRoutingVariables(DelegateExecution execution, Directive directive, boolean parentInSystem) {
    DirectiveCascadeContract.SECTOR_CODE.on(execution).set(directive.getSector().getCode());
    DirectiveCascadeContract.SECTOR_OFFICE_GROUP.on(execution).set(OfficerRole.OFFICE.groupOf(directive.getSector()));
    DirectiveCascadeContract.SECTOR_CHAIR_GROUP.on(execution).set(OfficerRole.CHAIR.groupOf(directive.getSector()));
    DirectiveCascadeContract.DEADLINE.on(execution).set(Date.from(directive.getDeadline()));
    DirectiveCascadeContract.ESCALATION_AT.on(execution).set(Date.from(directive.getDeadline()));
    DirectiveCascadeContract.PARENT_IN_SYSTEM.on(execution).set(parentInSystem);
  }
}
