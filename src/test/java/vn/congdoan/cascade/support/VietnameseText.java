package vn.congdoan.cascade.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of Vietnamese text for property-based tests: ASCII letters, precomposed Vietnamese letters
 * (ắ, ệ, ữ, Đ, …) and base letters followed by combining marks from U+0300–U+0323 (as typed by input
 * methods that produce decomposed text), in words separated by spaces; and of hostile input (HTML,
 * control characters, emoji, huge strings).
 */
public final class VietnameseText {

  /** Vietnamese letters that are one code point in NFC, upper and lower case. */
  public static final String PRECOMPOSED =
      "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
          + "ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ";
  private static final String ASCII = "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789";
  /** Letters a combining mark is put on: vowels with and without their own diacritic, and some consonants. */
  private static final String BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYdnq";
  /** The marks Vietnamese uses (grave, acute, circumflex, tilde, breve, hook above, horn, dot below). */
  private static final int[] VIETNAMESE_MARKS = {0x0300, 0x0301, 0x0302, 0x0303, 0x0306, 0x0309, 0x031B, 0x0323};
  private static final List<String> BLANKS = List.of("", " ", "  ", "\t", "\n", " \u2003", "\u3000");

  private VietnameseText() {}

  /** One letter that is a single code point in NFC: ASCII or precomposed Vietnamese. */
  public static Gen<String> nfcLetter() {
    Gen<String> ascii = Generate.pick(codePoints(ASCII));
    Gen<String> vietnamese = Generate.pick(codePoints(PRECOMPOSED));
    return ascii.mix(vietnamese, 60);
  }

  /**
   * One letter as it may be typed: a single NFC letter, or a base letter with one or two combining marks
   * (mostly the Vietnamese ones, sometimes any of U+0300–U+0323). At most 3 code points; in NFC at
   * most 3, usually 1.
   */
  public static Gen<String> letter() {
    Gen<String> base = Generate.pick(codePoints(BASES));
    Gen<Integer> vietnameseMark = Generate.pick(java.util.Arrays.stream(VIETNAMESE_MARKS).boxed().toList());
    Gen<Integer> anyMark = Generate.range(0x0300, 0x0323);
    Gen<Integer> mark = vietnameseMark.mix(anyMark, 20);
    Gen<String> decomposed = base.zip(mark, Generate.range(0, 2), mark,
        (b, m1, count, m2) -> b + Character.toString(m1) + (count == 2 ? Character.toString(m2) : ""));
    return nfcLetter().mix(decomposed, 40);
  }

  /**
   * Words of {@link #letter()}s separated by single spaces, between {@code minLetters} and
   * {@code maxLetters} letters: never blank, no surrounding white space, at most 4 × maxLetters code
   * points in NFC.
   */
  public static Gen<String> text(int minLetters, int maxLetters) {
    return SourceDSL.lists().of(letter()).ofSizeBetween(minLetters, maxLetters).zip(Generate.range(2, 9), (letters, wordLength) -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < letters.size(); i++) {
        if (i > 0 && i % wordLength == 0) {
          text.append(' ');
        }
        text.append(letters.get(i));
      }
      return text.toString();
    });
  }

  /** Text of exactly {@code length} code points in NFC, of single-code-point letters and spaces inside. */
  public static Gen<String> nfcTextOfLength(int length) {
    return SourceDSL.lists().of(nfcLetter()).ofSizeBetween(1, 12).map(word -> {
      String unit = String.join("", word) + " ";
      StringBuilder text = new StringBuilder();
      while (text.codePointCount(0, text.length()) < length) {
        text.append(unit);
      }
      String cut = text.substring(0, text.offsetByCodePoints(0, length));
      // never end on the space: the text must not be trimmed shorter
      return cut.endsWith(" ") ? cut.substring(0, cut.length() - 1) + "a" : cut;
    });
  }

  /** Adds white space before and after a text (which a form's reader trims). */
  public static Gen<String> padded(Gen<String> text) {
    Gen<String> blank = Generate.pick(BLANKS);
    return blank.zip(text, blank, (before, t, after) -> before + t + after);
  }

  /** A string with nothing but white space, or empty. */
  public static Gen<String> blank() {
    return Generate.pick(BLANKS);
  }

  /** Hostile text: HTML, control characters, emoji, lone surrogates, right-to-left marks, any code points. */
  public static Gen<String> hostile() {
    Gen<String> fixed = Generate.pick(List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\u0000",
        "\u0000\u0001\u0007\b\u001b[31m", "😀👩‍👩‍👧‍👦🇻🇳", "\ud800", "\udfff", "\u202e‮abc", "\r\n\r\n",
        "'; drop table nomination; --", "${7*7}", "#{7*7}", "%s%n%x", "\u0301\u0301\u0301", "Ắ\u0323\u0323\u0323\u0300"));
    Gen<String> any = SourceDSL.strings().allPossible().ofLengthBetween(0, 300);
    Gen<String> controls = SourceDSL.strings().betweenCodePoints(0, 0x1f).ofLengthBetween(1, 50);
    Gen<String> emoji = SourceDSL.strings().betweenCodePoints(0x1F300, 0x1FAFF).ofLengthBetween(1, 30);
    return fixed.mix(any, 40).mix(controls, 20).mix(emoji, 20).mix(text(1, 40), 20);
  }

  /** Text normalised as the forms store it: trimmed, in NFC. */
  public static String stored(String typed) {
    return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
  }

  private static List<String> codePoints(String letters) {
    List<String> result = new ArrayList<>();
    letters.codePoints().forEach(c -> result.add(Character.toString(c)));
    return result;
  }
}
