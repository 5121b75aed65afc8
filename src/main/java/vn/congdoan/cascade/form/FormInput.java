package vn.congdoan.cascade.form;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;

/**
 * Reads the values a form submitted, checks them and collects every refusal, so that the officer is
 * told about all wrong fields at once. Text is trimmed and normalised to Unicode NFC, so that
 * Vietnamese typed with combining marks and with precomposed letters is stored alike.
 */
public final class FormInput {

  /**
   * The longest text a form field may hold: Camunda stores a String variable in a column of 4,000
   * characters, and a form's fields are process variables before the task's listener stores them.
   */
  public static final int MAX_TEXT = 4000;

  /**
   * Column length of the long texts (plans, reports): far above what any form accepts. A long
   * varchar rather than a {@code @Lob}, which Hibernate stores as a large object (oid) on PostgreSQL.
   */
  public static final int LONG_TEXT_COLUMN = 1_000_000;

  private final Map<String, Object> values;
  private final List<FormValidationException.FieldError> errors = new ArrayList<>();

  public FormInput(Map<String, Object> values) {
    this.values = values;
  }

  public String requiredText(String key, String label, int maxLength) {
    String text = optionalText(key, label, maxLength);
    if (text == null) {
      reject(key, "Vui lòng nhập " + label + ".");
    }
    return text;
  }

  /** Returns the trimmed NFC text, or null when the field is empty. */
  public String optionalText(String key, String label, int maxLength) {
    Object raw = values.get(key);
    if (raw == null) {
      return null;
    }
    String text = normalise(raw.toString());
    if (text.isEmpty()) {
      return null;
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      reject(key, capitalise(label) + " dài quá " + maxLength + " ký tự.");
    }
    return text;
  }

  public LocalDate requiredDate(String key, String label) {
    Object raw = values.get(key);
    if (raw instanceof Date date) {
      return date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }
    if (raw == null || raw.toString().isBlank()) {
      reject(key, "Vui lòng nhập " + label + ".");
      return null;
    }
    String text = raw.toString().trim();
    try {
      // form-js submits "2023-05-30"; tolerate a full timestamp by taking its date part
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      reject(key, capitalise(label) + " không đúng định dạng ngày (năm-tháng-ngày).");
      return null;
    }
  }

  public int requiredCount(String key, String label, int max) {
    Object raw = values.get(key);
    if (raw == null || raw.toString().isBlank()) {
      reject(key, "Vui lòng nhập " + label + ".");
      return 0;
    }
    long value;
    if (raw instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        reject(key, capitalise(label) + " phải là số nguyên.");
        return 0;
      }
      value = number.longValue();
    } else {
      try {
        value = Long.parseLong(raw.toString().trim());
      } catch (NumberFormatException e) {
        reject(key, capitalise(label) + " phải là số nguyên.");
        return 0;
      }
    }
    if (value < 0 || value > max) {
      reject(key, capitalise(label) + " phải từ 0 đến " + max + ".");
      return 0;
    }
    return (int) value;
  }

  /** A yes/no choice; form-js radios submit the strings "true"/"false", checkboxes a boolean. */
  public Boolean requiredChoice(String key, String label) {
    Object raw = values.get(key);
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw != null && ("true".equalsIgnoreCase(raw.toString().trim()) || "false".equalsIgnoreCase(raw.toString().trim()))) {
      return Boolean.valueOf(raw.toString().trim());
    }
    reject(key, "Vui lòng chọn " + label + ".");
    return null;
  }

  public void reject(String key, String message) {
    errors.add(new FormValidationException.FieldError(key, message));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws the collected refusals, if any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
  }

  /**
   * Text as it is stored: Unicode NFC (Vietnamese typed with combining marks equals the precomposed
   * letters); line breaks as {@code \n} (Windows, old Mac and Word's manual line breaks alike); without
   * control characters other than tab and line break, zero-width characters and unpaired surrogates,
   * which XML — and so the issued PDF and DOCX — cannot hold; without leading and trailing spaces of any
   * kind (the no-break space pasted from Word included). Everything else is kept as typed.
   */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); ) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        if (i < nfc.length() && nfc.charAt(i) == '\n') {
          i++;
        }
        kept.append('\n');
      } else if (c == '\n' || c == '\t') {
        kept.appendCodePoint(c);
      } else if (c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
        kept.append('\n');
      } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
          || c == 0x200B || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
        // dropped: invisible, and refused by XML 1.0
      } else {
        kept.appendCodePoint(c);
      }
    }
    int start = 0;
    int end = kept.length();
    while (start < end && isBlank(kept.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(kept.charAt(end - 1))) {
      end--;
    }
    return kept.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String capitalise(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
