package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back: its text, its fonts, its pages, and a page as a picture (pdftoppm). */
final class PdfChecks {

  private PdfChecks() {}

  /** The PDF's text in NFC with every run of white space made one space, so that wrapped lines still match. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    }
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** The text of one page (1-based), normalised as {@link #text(byte[])}. */
  static String pageText(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return normalise(stripper.getText(document));
    }
  }

  /** The number (1-based) of the first page whose text contains the given text. */
  static int firstPageWith(byte[] pdf, String text) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (normalise(stripper.getText(document)).contains(text)) {
          return page;
        }
      }
    }
    throw new AssertionError("No page contains " + text);
  }

  static boolean isLandscape(byte[] pdf, int pageIndex) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(pageIndex);
      return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }
  }

  /** Every font used on any page is embedded, and its name (after the subset tag) starts as given. */
  static void assertFontsEmbedded(byte[] pdf, String family) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          names.add(font.getName());
        }
      }
    }
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n.replaceFirst("^[A-Z]{6}\\+", "")).startsWith(family));
  }

  /**
   * Renders one page (1-based) to {@code <prefix>.png} at 100 dpi with pdftoppm (Debian's
   * poppler-utils, installed by .ci/run). Without pdftoppm: fails on CI, else warns and returns null.
   */
  static Path renderPage(Path pdf, int page, Path prefix) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("pdftoppm", "-png", "-r", "100", "-f", Integer.toString(page), "-l",
          Integer.toString(page), "-singlefile", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assertThat(System.getenv("CI")).as("pdftoppm (poppler-utils) must be installed on CI").isNull();
      System.err.println("pdftoppm not found (apt-get install poppler-utils); the page is not rendered: " + e.getMessage());
      return null;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
    assertThat(process.exitValue()).as("pdftoppm: %s", output).isZero();
    return Path.of(prefix + ".png");
  }

  /** An A4 page at 100 dpi with a fair share of ink on it, not a blank or broken image. */
  static void assertNonTrivialPicture(Path png) throws IOException {
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isBetween(800, 1200);
    assertThat(image.getHeight()).isBetween(1100, 1200);
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    double share = dark / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
    assertThat(share).as("share of dark pixels").isBetween(0.01, 0.3);
  }
}
