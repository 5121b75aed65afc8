package vn.congdoan.cascade.nomination;

import java.util.List;
import java.util.Set;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * What the grassroots union submits in Task_NominateExemplars, checked: zero or more proposed exemplars,
 * the list the embedded form sends as one JSON document ({@link NominationListReader}).
 */
record NominationSubmission(List<NominationListReader.ProposedExemplar> proposed) {

  /** Reads and checks the list against the active movements; a refusal is a {@link FormValidationException}. */
  static NominationSubmission from(FormInput input, Set<String> movementCodes, NominationListReader reader) {
    return new NominationSubmission(reader.read(
        input.jsonText(NominationListReader.VARIABLE, NominationListReader.MALFORMED), movementCodes));
  }
}
