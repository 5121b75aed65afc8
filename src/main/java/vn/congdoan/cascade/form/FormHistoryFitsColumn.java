package vn.congdoan.cascade.form;

import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * The engine's history of submitted form values fits its column, so that a valid form never fails
 * with HTTP 500 after it was accepted.
 *
 * <p>When a form is submitted ({@code submit-form}, Tasklist), the engine records every String value
 * as sent in its history ({@code ACT_HI_DETAIL.TEXT_}, {@code varchar(4000)} on H2 and PostgreSQL, at
 * history level audit and above), before the task's listener has checked it. The row is written when
 * the command ends: a refused form writes nothing (everything is rolled back), but an accepted one
 * whose text is longer <em>as sent</em> than once normalised — 4,000 Vietnamese letters typed
 * decomposed are 12,000 UTF-16 units, a text padded with invisible characters — failed there with "Value
 * too long for column TEXT_". The recorded value is now the text as the application stores it
 * ({@link FormInput#normalise}: NFC, without control characters), and one that is still longer than
 * the column (a display-only field sent back by a REST client, which no listener reads) is cut with a
 * visible mark (the engine's history event producer, installed by {@code engine.EngineInternals}, asks
 * {@link #recorded}). The submitted value itself is checked and stored by the form's listener; the variable
 * is emptied before it is removed ({@link FormTaskListener#discardFormVariables}), for the same reason.
 */
@Component
class FormHistoryFitsColumn implements EngineHooks.SubmittedFormValueHistory {

  /** {@code TEXT_} of {@code ACT_HI_DETAIL}, {@code ACT_HI_VARINST} and {@code ACT_RU_VARIABLE}. */
  static final int ENGINE_TEXT_COLUMN = 4000;

  static final String CUT = "… (còn tiếp)";

  /** What the engine records (its history event producer, installed by {@code engine.EngineInternals}). */
  @Override
  public String recorded(String submitted) {
    return fitted(submitted);
  }

  /** The text as stored ({@link FormInput#normalise}), cut visibly to the engine's column if it is still longer. */
  static String fitted(String value) {
    if (value == null) {
      return null;
    }
    String text = FormInput.normalise(value);
    if (text.length() <= ENGINE_TEXT_COLUMN) {
      return text;
    }
    int end = ENGINE_TEXT_COLUMN - CUT.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + CUT;
  }
}
