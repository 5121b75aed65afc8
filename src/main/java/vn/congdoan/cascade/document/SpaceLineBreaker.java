package vn.congdoan.cascade.document;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF may break a line: only at spaces, as Vietnamese text (one syllable a word) always
 * allows. The default breaker of openhtmltopdf also breaks at slashes and hyphens, and splits
 * "18/18", "11/5/2023" or "221/BC-CĐYT" over two lines. A run without spaces longer than a line's
 * worth (an address, say) may still break where the language's rules allow.
 */
final class SpaceLineBreaker implements FSTextBreaker {

  /** Characters after which a run without spaces may break anyway. */
  private static final int LONG_RUN = 40;

  private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int position = lines.next();
    while (position != BreakIterator.DONE && position < text.length() && !acceptable(position)) {
      position = lines.next();
    }
    return position;
  }

  private boolean acceptable(int position) {
    if (position == 0 || Character.isWhitespace(text.charAt(position - 1))) {
      return true;
    }
    int run = 0;
    for (int i = position - 1; i >= 0 && !Character.isWhitespace(text.charAt(i)); i--) {
      run++;
    }
    return run > LONG_RUN;
  }
}
