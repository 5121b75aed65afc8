package vn.congdoan.cascade.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How wide a line of text is in the documents' typeface, so that the DOCX can draw the rules of the
 * letterhead as long as Nghị định 30/2020/NĐ-CP asks (under the motto as long as the motto; under the
 * issuer a third to a half of its name). Liberation Serif has the metrics of Times New Roman.
 */
@Component
class TextMeasure {

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private final Map<String, Font> faces = new HashMap<>();

  public TextMeasure(DocumentFonts fonts) {
    for (DocumentFonts.Face face : fonts.faces()) {
      try {
        faces.put(key(face.weight() >= 700, face.style() == FontStyle.ITALIC),
            Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.ttf())));
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException("Cannot read a face of " + DocumentFonts.PDF_FAMILY, e);
      }
    }
  }

  /** The width of the text in twentieths of a point. */
  public int twips(String text, boolean bold, boolean italic, double sizePt) {
    Font font = faces.get(key(bold, italic)).deriveFont((float) sizePt);
    return (int) Math.ceil(font.getStringBounds(text, CONTEXT).getWidth() * 20);
  }

  private static String key(boolean bold, boolean italic) {
    return (bold ? "b" : "") + (italic ? "i" : "");
  }
}
