package vn.congdoan.cascade.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.cascade.document.OfficialDocument.Block;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;

/**
 * Turns the plain text officers type in forms (and the text the application compiles) into a
 * document's blocks: every non-empty line is a paragraph; a line that starts with a Roman numeral
 * ("II. KẾT QUẢ THỰC HIỆN") is a heading; a numbered line ("1. Công tác tuyên truyền: …") keeps its
 * number and title in bold.
 */
public final class TextBlocks {

  private static final Pattern HEADING = Pattern.compile("^[IVX]{1,5}\\.\\s+\\S.*");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}\\.(?:\\d{1,2}\\.)?\\s+[^:.]{1,120}:)\\s*(.*)$");
  private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,2}\\.(?:\\d{1,2}\\.)?\\s+[^.:]{1,120}\\.?$");

  private TextBlocks() {}

  public static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text == null) {
      return blocks;
    }
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (HEADING.matcher(line).matches()) {
        blocks.add(new Heading(line));
        continue;
      }
      Matcher numbered = NUMBERED.matcher(line);
      if (numbered.matches()) {
        blocks.add(new Paragraph(numbered.group(1), numbered.group(2)));
      } else if (NUMBERED_TITLE.matcher(line).matches()) {
        blocks.add(new Paragraph(line, ""));
      } else {
        blocks.add(Paragraph.of(line));
      }
    }
    return blocks;
  }
}
