package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The order of a unit's steps is the model's: each step of GrassrootsUnionProcess names, in the extension
 * property {@value #PROPERTY}, the state its completion brings the unit to, and the step's listener
 * records that state. No ordering of the states is kept in Java.
 */
final class UnitSteps {

  /** The extension property ({@code camunda:property}) naming the state a step reaches. */
  public static final String PROPERTY = "unitStatus";

  private UnitSteps() {}

  /** The state the completion of this model element brings the unit to. */
  public static AssignmentStatus reachedBy(BaseElement step) {
    ExtensionElements extensions = step.getExtensionElements();
    if (extensions != null) {
      for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (PROPERTY.equals(property.getCamundaName())) {
            return AssignmentStatus.valueOf(property.getCamundaValue());
          }
        }
      }
    }
    throw new IllegalStateException("Step " + step.getId() + " names no " + PROPERTY + " in the model");
  }
}
