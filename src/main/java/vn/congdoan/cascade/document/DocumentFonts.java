package vn.congdoan.cascade.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The typeface of issued documents. Nghị định 30/2020/NĐ-CP asks for Times New Roman; the PDF embeds
 * Liberation Serif (SIL Open Font License, {@code fonts/LICENSE-LiberationFonts.txt}), which has the
 * same metrics and every Vietnamese letter; the DOCX names Times New Roman, which Word has and
 * LibreOffice replaces with Liberation Serif. Loaded once, kept in memory.
 */
@Component
class DocumentFonts {

  /** The family name the PDF's style sheet uses. */
  public static final String PDF_FAMILY = "Liberation Serif";
  /** The family name the DOCX asks for. */
  public static final String DOCX_FAMILY = "Times New Roman";

  private final List<Face> faces = List.of(
      load("fonts/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
      load("fonts/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
      load("fonts/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
      load("fonts/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

  public List<Face> faces() {
    return faces;
  }

  /** One face of the family: its TrueType file, weight and style. */
  public record Face(byte[] ttf, int weight, FontStyle style) {}

  private static Face load(String path, int weight, FontStyle style) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new Face(in.readAllBytes(), weight, style);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + path, e);
    }
  }
}
