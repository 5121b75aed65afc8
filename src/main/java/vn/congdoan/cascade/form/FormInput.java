package vn.congdoan.cascade.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads the values a form submitted, checks them and collects every refusal, so that the officer is
 * told about all wrong fields at once. Text is trimmed and normalised to Unicode NFC, so that
 * Vietnamese typed with combining marks and with precomposed letters is stored alike.
 *
 * <p>Each reading method expects one type — text, date, whole number, yes/no — and refuses a value of
 * another type naming the field: a Boolean, a number, Bytes, a Json document or an Object sent for a
 * text, anything but a date or a date string for a date. Read from {@link #FormInput(VariableMap)
 * typed variables} (what the engine holds), nothing is deserialized; read from plain values (the rows
 * of a JSON list), the Java type of each value counts.
 */
public final class FormInput {

  /**
   * The longest text a form field may hold, in UTF-16 code units of its NFC form: Camunda stores a String
   * variable in a column of 4,000 characters ({@code TEXT_} of {@code ACT_RU_VARIABLE} and
   * {@code ACT_HI_VARINST}, {@code varchar(4000)} on H2 and PostgreSQL; H2 counts UTF-16 units,
   * PostgreSQL code points, so counting UTF-16 units fits both). Vietnamese letters are one unit each in
   * NFC; an emoji is two.
   */
  public static final int MAX_TEXT = 4000;

  /**
   * Column length of the long texts (plans, reports): far above what any form accepts. A long
   * varchar rather than a {@code @Lob}, which Hibernate stores as a large object (oid) on PostgreSQL.
   */
  public static final int LONG_TEXT_COLUMN = 1_000_000;

  /** A wrong date worth repeating in its refusal ("Đã nhập: 20122026"): digits and separators only. */
  private static final Pattern TYPED_DATE = Pattern.compile("[0-9/.\\- ]{1,20}");

  /** The characters an identifier (a document's number and symbol) may hold besides letters and digits. */
  private static final Pattern IDENTIFIER_PUNCTUATION = Pattern.compile("[ /\\-.,()_:]");

  private static final ObjectMapper JSON = FormTaskListener.limited(new ObjectMapper());

  private final Map<String, ?> values;
  private final List<FormValidationException.FieldError> errors = new ArrayList<>();

  /** Plain values, e.g. a row of a JSON list. */
  public FormInput(Map<String, ?> values) {
    this.values = values;
  }

  /** The variables of a task or execution as the engine holds them ({@code getVariablesTyped(false)}). */
  public FormInput(VariableMap values) {
    this.values = values;
  }

  public String requiredText(String key, String label, int maxLength) {
    String text = optionalText(key, label, maxLength);
    if (text == null && !hasError(key)) {
      reject(key, "Vui lòng nhập " + label + ".");
    }
    return text;
  }

  /**
   * Returns the trimmed NFC text ({@link #normalise}), or null when the field is empty or holds only
   * invisible characters. Refuses a value that is not text, a text with a bidi control, and a text
   * longer than {@code maxLength} UTF-16 units once normalised.
   */
  public String optionalText(String key, String label, int maxLength) {
    String raw = rawText(key, label);
    if (raw == null || refusedBidi(key, label, raw)) {
      return null;
    }
    String text = normalise(raw);
    if (!hasVisibleCharacter(text)) {
      return null;
    }
    if (text.length() > maxLength) {
      reject(key, capitalise(label) + " dài quá " + maxLength + " ký tự.");
    }
    return text;
  }

  /**
   * An identifier — a document's number and symbol, or any text the application checks for uniqueness —
   * as it is compared and stored ({@link #normaliseIdentifier}); refused as missing when nothing is
   * left of it once normalised.
   */
  public String requiredIdentifier(String key, String label, int maxLength) {
    String identifier = identifier(key, label, maxLength, true);
    if (identifier == null && !hasError(key)) {
      reject(key, "Vui lòng nhập " + label + ".");
    }
    return identifier;
  }

  /**
   * Like {@link #requiredIdentifier} for a field that may stay empty; a value made only of invisible
   * characters is refused rather than taken as empty.
   */
  public String optionalIdentifier(String key, String label, int maxLength) {
    return identifier(key, label, maxLength, false);
  }

  /**
   * A name that is part of a uniqueness key (the issuing body of a directive): normalised like an
   * identifier and refused with letters of other scripts, but any punctuation is kept.
   */
  public String requiredName(String key, String label, int maxLength) {
    String raw = rawText(key, label);
    if (raw == null || refusedBidi(key, label, raw)) {
      if (!hasError(key)) {
        reject(key, "Vui lòng nhập " + label + ".");
      }
      return null;
    }
    String name = normaliseIdentifier(raw);
    if (name.isEmpty()) {
      reject(key, "Vui lòng nhập " + label + ".");
      return null;
    }
    checkScript(key, label, name, false);
    if (name.length() > maxLength) {
      reject(key, capitalise(label) + " dài quá " + maxLength + " ký tự.");
    }
    return name;
  }

  private String identifier(String key, String label, int maxLength, boolean required) {
    String raw = rawText(key, label);
    if (raw == null || refusedBidi(key, label, raw)) {
      return null;
    }
    String identifier = normaliseIdentifier(raw);
    if (identifier.isEmpty()) {
      if (!required && !normalise(raw).isEmpty()) {
        // not empty, but only invisible characters: a disguise, not a missing number
        reject(key, capitalise(label) + " chỉ có ký tự vô hình: vui lòng nhập lại hoặc để trống.");
      }
      return null;
    }
    checkScript(key, label, identifier, true);
    if (identifier.length() > maxLength) {
      reject(key, capitalise(label) + " dài quá " + maxLength + " ký tự.");
    }
    return identifier;
  }

  /**
   * Letters of an identifier or key name must be Latin (Vietnamese letters with their marks are);
   * Cyrillic and Greek letters that look like Latin ones (К, Н, С, Ο, Κ) are refused by name. An
   * identifier holds only letters, digits 0–9, spaces and {@code / - . , ( ) _ :}.
   */
  private void checkScript(String key, String label, String text, boolean strict) {
    boolean lookalike = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
          lookalike = true;
        } else if (script != Character.UnicodeScript.LATIN) {
          other = true;
        }
      } else if (strict && !(c >= '0' && c <= '9') && Character.getType(c) != Character.NON_SPACING_MARK
          && !IDENTIFIER_PUNCTUATION.matcher(new String(Character.toChars(c))).matches()) {
        other = true;
      }
    }
    if (lookalike) {
      reject(key, capitalise(label) + " có chữ cái Kirin hoặc Hy Lạp trông giống chữ Latinh (như К, С, Ο): "
          + "vui lòng gõ lại bằng chữ tiếng Việt.");
    } else if (other && strict) {
      reject(key, capitalise(label) + " chỉ được gồm chữ cái, chữ số, khoảng trắng và các dấu / - . , ( ) _ :");
    } else if (other) {
      reject(key, capitalise(label) + " chỉ được gồm chữ cái tiếng Việt (chữ Latinh).");
    }
  }

  /**
   * A date: a Date variable (its day in Vietnam), or a text as an officer writes it, day first
   * ({@code 05/12/2026}, also {@code 5/12/2026}, {@code 05-12-2026}, {@code 05.12.2026}), or as a program
   * sends it ({@code 2026-12-05}, or a timestamp of which the date as written counts); read by
   * {@link DateText}, which never guesses. Anything else is refused naming the field and the expected
   * form; a date that is not on the calendar (31/02/2026) is refused as such.
   */
  public LocalDate requiredDate(String key, String label) {
    Object raw = value(key);
    if (raw instanceof Date date) {
      return date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }
    if (raw == null || raw instanceof String s && s.isBlank()) {
      reject(key, "Vui lòng nhập " + label + ".");
      return null;
    }
    DateText.Reading reading = raw instanceof String s ? DateText.read(s) : new DateText.Malformed();
    if (reading instanceof DateText.Day day) {
      return day.date();
    }
    String typed = raw instanceof String s ? normalise(s) : null;
    if (reading instanceof DateText.Impossible) {
      reject(key, capitalise(label) + " " + typed + " không có trên lịch: vui lòng kiểm tra lại ngày và tháng (theo dạng "
          + DateText.FORMAT + ", ví dụ " + DateText.EXAMPLE + ").");
    } else {
      reject(key, capitalise(label) + " phải theo dạng " + DateText.FORMAT + ", ví dụ " + DateText.EXAMPLE + "."
          + (typed != null && TYPED_DATE.matcher(typed).matches() ? " Đã nhập: " + typed + "." : ""));
    }
    return null;
  }

  /** {@link #requiredDate}, or null when the field is missing or blank. */
  public LocalDate optionalDate(String key, String label) {
    Object raw = value(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      return null;
    }
    return requiredDate(key, label);
  }

  /**
   * A whole number from 0 to {@code max}: an Integer, Long or Short; a Double without fraction (what a
   * JavaScript number may become); or a string of digits. A fraction, a Boolean, a date or anything else
   * is refused.
   */
  public int requiredCount(String key, String label, int max) {
    Object raw = value(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      reject(key, "Vui lòng nhập " + label + ".");
      return 0;
    }
    BigInteger value;
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
      value = new BigInteger(raw.toString());
    } else if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
        reject(key, capitalise(label) + " phải là số nguyên.");
        return 0;
      }
      value = java.math.BigDecimal.valueOf(d).toBigInteger();
    } else if (raw instanceof String s && s.trim().matches("[+-]?[0-9]+")) {
      value = new BigInteger(s.trim());
    } else {
      reject(key, capitalise(label) + " phải là số nguyên.");
      return 0;
    }
    if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      reject(key, capitalise(label) + " phải từ 0 đến " + max + ".");
      return 0;
    }
    return value.intValue();
  }

  /** A yes/no choice: a Boolean, or the strings "true"/"false" (what a form-js radio may submit). */
  public Boolean requiredChoice(String key, String label) {
    Object raw = value(key);
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof String s && ("true".equalsIgnoreCase(s.trim()) || "false".equalsIgnoreCase(s.trim()))) {
      return Boolean.valueOf(s.trim());
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

  /** The messages of the refusals collected so far. */
  public List<String> messages() {
    return errors.stream().map(FormValidationException.FieldError::message).toList();
  }

  /**
   * The text of a JSON document an embedded form submitted (a Json variable, or a String from a REST
   * client), or null if there is none. A value of any other type (Bytes, an Object, a Boolean, a
   * number) is refused at once with {@code malformed}, the form's own sentence.
   */
  public String jsonText(String key, String malformed) {
    Object raw = value(key);
    if (raw == null) {
      return null;
    }
    String text;
    if (raw instanceof SerializableValue json && !(raw instanceof ObjectValue) && "json".equals(json.getType().getName())) {
      // its text, never its getValue(): that would parse it (Spin, without a depth limit of ours) and fail
      text = json.getValueSerialized();
    } else if (raw instanceof String string) {
      text = string;
    } else {
      throw new FormValidationException(key, malformed);
    }
    // a client that sent the document as a JSON string ("[…]" quoted) gets it read all the same
    if (text != null && text.strip().startsWith("\"")) {
      try {
        return JSON.readValue(text, String.class);
      } catch (JsonProcessingException e) {
        return text;
      }
    }
    return text;
  }

  /** Throws the collected refusals, if any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
  }

  private boolean hasError(String key) {
    return errors.stream().anyMatch(e -> e.field().equals(key));
  }

  /**
   * The field's text as submitted, or null if the field is empty; a value of any other type is refused
   * naming the field ("Kế hoạch số true", {@code [B@4c563183} were stored before).
   */
  private String rawText(String key, String label) {
    Object raw = value(key);
    if (raw == null) {
      return null;
    }
    if (raw instanceof String text) {
      return text;
    }
    reject(key, capitalise(label) + " phải là văn bản (chuỗi ký tự), không phải " + typeName(raw) + ".");
    return null;
  }

  private boolean refusedBidi(String key, String label, String text) {
    int bidi = firstBidiControl(text);
    if (bidi < 0) {
      return false;
    }
    reject(key, capitalise(label) + " có ký tự điều khiển chiều viết (U+" + String.format("%04X", bidi)
        + "), làm chữ hiển thị sai thứ tự: vui lòng xoá ký tự này rồi gửi lại.");
    return true;
  }

  /**
   * The submitted value: for a typed variable its plain value if it is a primitive (String, Boolean,
   * number, Date), else the {@link TypedValue} itself (Bytes, File, Json, Object — never deserialized).
   */
  private Object value(String key) {
    if (values instanceof VariableMap typed) {
      TypedValue value = typed.getValueTyped(key);
      if (value == null || value.getType() == ValueType.NULL) {
        return null;
      }
      if (value instanceof SerializableValue || value.getType() == ValueType.BYTES || value.getType() == ValueType.FILE) {
        return value;
      }
      return value.getValue();
    }
    return values.get(key);
  }

  private static String typeName(Object value) {
    if (value instanceof TypedValue typed) {
      return switch (typed.getType().getName()) {
        case "bytes" -> "dữ liệu nhị phân (Bytes)";
        case "file" -> "tệp (File)";
        case "json" -> "tài liệu JSON";
        case "xml" -> "tài liệu XML";
        default -> "đối tượng (Object)";
      };
    }
    if (value instanceof Boolean) {
      return "giá trị đúng/sai (Boolean)";
    }
    if (value instanceof Number) {
      return "số";
    }
    if (value instanceof Date) {
      return "ngày (Date)";
    }
    if (value instanceof Map || value instanceof List) {
      return "đối tượng JSON";
    }
    return "đối tượng (Object)";
  }

  /** The first bidi control in the text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), or -1. */
  public static int firstBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBidiControl(c)) {
        return c;
      }
    }
    return -1;
  }

  static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /**
   * Text as it is stored: Unicode NFC (Vietnamese typed with combining marks equals the precomposed
   * letters); line breaks as {@code \n} (Windows, old Mac and Word's manual line breaks alike); without
   * control characters other than tab and line break, zero-width spaces, byte order marks and unpaired
   * surrogates, which XML — and so the issued PDF and DOCX — cannot hold or which carry nothing; without
   * leading and trailing spaces of any kind (the no-break space pasted from Word included). Everything
   * else is kept as typed: the zero-width joiner of an emoji sequence, a soft hyphen. Bidi controls are
   * not dropped here, they are refused by the form ({@link #optionalText}); a file loaded by an
   * administrator (the registry) drops nothing more.
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

  /**
   * An identifier as it is compared and stored: {@link #normalise normalised}, then NFKC (full-width
   * digits and letters, ligatures and other compatibility forms become the ordinary ones), without any
   * invisible or format character (Unicode category Cf — zero-width joiner and non-joiner, word joiner
   * U+2060, soft hyphen U+00AD, byte order mark — and the other invisible fillers and variation
   * selectors), every dash as {@code -} and every slash as {@code /}, runs of spaces as one space. Two
   * numbers that look the same are then the same number, unless they differ in their letters' script,
   * which {@link #requiredIdentifier} refuses.
   */
  public static String normaliseIdentifier(String text) {
    if (text == null) {
      return null;
    }
    String nfkc = Normalizer.normalize(normalise(text), Normalizer.Form.NFKC);
    StringBuilder kept = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); ) {
      int c = nfkc.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && !kept.isEmpty()) {
        kept.append(' ');
      }
      space = false;
      if (Character.getType(c) == Character.DASH_PUNCTUATION || c == 0x2212) {
        kept.append('-');
      } else if (c == 0x2044 || c == 0x2215 || c == 0x29F8) {
        kept.append('/');
      } else {
        kept.appendCodePoint(c);
      }
    }
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /** Characters that show nothing: category Cf, the combining grapheme joiner, fillers, variation selectors. */
  static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4
        || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c == 0x3164 || c == 0xFFA0 || c >= 0xFE00 && c <= 0xFE0F
        || c >= 0xE0100 && c <= 0xE01EF || c == 0x200B;
  }

  /** Whether the text shows anything: a character that is neither a space nor invisible. */
  static boolean hasVisibleCharacter(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!isInvisible(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.CONTROL) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String capitalise(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
