package vn.congdoan.cascade.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.congdoan.cascade.document.OfficialDocument.Annex;
import vn.congdoan.cascade.document.OfficialDocument.Block;
import vn.congdoan.cascade.document.OfficialDocument.Cells;
import vn.congdoan.cascade.document.OfficialDocument.Column;
import vn.congdoan.cascade.document.OfficialDocument.Group;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Letterhead;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;
import vn.congdoan.cascade.document.OfficialDocument.Row;

/**
 * Lays out an {@link OfficialDocument} as a PDF. Each part is built as an XHTML tree (never as text,
 * so no input can break the markup), styled after Nghị định 30/2020/NĐ-CP (A4, margins 20/15/20/30 mm,
 * 14 pt body, page numbers centred at the top from page 2) and rendered by openhtmltopdf with
 * Liberation Serif embedded. Each annex is laid out on its own landscape pages, numbered apart as the
 * decree asks of annexes, and appended to the document with PDFBox.
 */
@Component
class PdfRenderer {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final String PAGE_NUMBERS = """
        @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt;
          vertical-align: bottom; padding-bottom: 5mm; } }
      @page :first { @top-center { content: none; } }
      """;

  private static final String PORTRAIT = "@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;\n" + PAGE_NUMBERS;
  private static final String LANDSCAPE = "@page { size: A4 landscape; margin: 20mm 20mm 15mm 25mm;\n" + PAGE_NUMBERS;

  private static final String STYLE = """
      body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.25; margin: 0; color: #000; }
      table.letterhead { width: 100%; border-collapse: collapse; table-layout: fixed; }
      table.letterhead td { vertical-align: top; text-align: center; padding: 0; font-size: 13pt; line-height: 1.2; }
      td.issuer-block { width: 38%; }
      td.state-block { width: 62%; }
      .issuer { font-weight: bold; }
      .nation { font-weight: bold; font-size: 12.5pt; }
      .motto { font-weight: bold; font-size: 13pt; }
      .motto span { border-bottom: 0.8pt solid #000; padding-bottom: 1.5pt; }
      .rule { border-top: 0.8pt solid #000; height: 0; margin: 3pt auto 0 auto; }
      .rule.short { width: 32%; }
      .rule.subject-rule { width: 22%; margin-top: 4pt; }
      .rule.annex-rule { width: 12%; margin-top: 4pt; }
      table.letterhead tr.numbers td { padding-top: 8pt; }
      .date { font-style: italic; font-size: 14pt; }
      .draft-mark { text-align: right; font-size: 12pt; font-weight: bold; margin-bottom: 6pt; }
      .draft-mark span { border: 0.8pt solid #000; padding: 1pt 6pt; }
      .doc-type { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 20pt; }
      .subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0 6%; }
      .body { margin-top: 10pt; }
      .body p { text-align: justify; text-indent: 1.27cm; margin: 6pt 0 0 0; }
      .body p.heading { font-weight: bold; }
      table.closing { width: 100%; margin-top: 14pt; border-collapse: collapse; table-layout: fixed; page-break-inside: avoid; }
      table.closing td { vertical-align: top; padding: 0; }
      td.recipients { width: 45%; font-size: 11pt; line-height: 1.2; }
      td.recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
      td.signature { width: 55%; text-align: center; font-weight: bold; font-size: 14pt; }
      td.signature .space { height: 3cm; }
      .annex-label, .annex-title { text-align: center; font-weight: bold; font-size: 14pt; }
      .annex-note { text-align: center; font-style: italic; font-size: 13pt; }
      .annex-empty { text-align: center; font-style: italic; margin-top: 12pt; }
      table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; line-height: 1.15;
        margin-top: 10pt; -fs-table-paginate: paginate; }
      table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
      table.grid thead { display: table-header-group; }
      table.grid tbody { display: table-row-group; }
      table.grid th { font-weight: bold; text-align: center; }
      table.grid tr { page-break-inside: avoid; }
      tr.group1 td { font-weight: bold; }
      tr.group2 td { font-weight: bold; font-style: italic; }
      tr.total td { font-weight: bold; }
      td.center { text-align: center; }
      td.right { text-align: right; }
      """;

  private final DocumentFonts fonts;

  public PdfRenderer(DocumentFonts fonts) {
    this.fonts = fonts;
  }

  public byte[] render(OfficialDocument document) {
    byte[] main = run(mainPart(document), document.title());
    if (document.annexes().isEmpty()) {
      return main;
    }
    List<byte[]> annexes = new ArrayList<>();
    for (Annex annex : document.annexes()) {
      annexes.add(run(annexPart(document, annex), document.title() + " – " + annex.label()));
    }
    return append(main, annexes, document.title());
  }

  /** The document up to its signature, on portrait pages. */
  Document mainPart(OfficialDocument document) {
    Document html = newDocument();
    Element body = skeleton(html, document, PORTRAIT);
    Letterhead letterhead = document.letterhead();
    if (letterhead.draft()) {
      text(append(html, div(html, body, "draft-mark"), "span"), "DỰ THẢO");
    }
    Element table = classed(html, body, "table", "letterhead");
    Element names = append(html, table, "tr");
    Element issuer = classed(html, names, "td", "issuer-block");
    if (letterhead.superiorBody() != null) {
      text(div(html, issuer, "superior"), letterhead.superiorBody());
    }
    text(div(html, issuer, "issuer"), letterhead.issuingBody());
    div(html, issuer, "rule short");
    Element state = classed(html, names, "td", "state-block");
    text(div(html, state, "nation"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    text(append(html, div(html, state, "motto"), "span"), "Độc lập - Tự do - Hạnh phúc");
    Element numbers = classed(html, table, "tr", "numbers");
    text(classed(html, numbers, "td", "number"), letterhead.numberLine());
    text(div(html, classed(html, numbers, "td", "dateline"), "date"), letterhead.dateLine());

    text(div(html, body, "doc-type"), document.kind().heading());
    words(div(html, body, "subject"), document.subject());
    div(html, body, "rule subject-rule");

    Element text = div(html, body, "body");
    for (Block block : document.body()) {
      Element p = append(html, text, "p");
      if (block instanceof Heading heading) {
        p.setAttribute("class", "heading");
        words(p, heading.text());
      } else if (block instanceof Paragraph paragraph) {
        if (paragraph.lead() != null) {
          words(append(html, p, "b"), paragraph.lead());
          words(p, paragraph.text().isEmpty() ? "" : " " + paragraph.text());
        } else {
          words(p, paragraph.text());
        }
      }
    }

    Element row = append(html, classed(html, body, "table", "closing"), "tr");
    Element recipients = classed(html, row, "td", "recipients");
    text(div(html, recipients, "label"), "Nơi nhận:");
    document.recipients().forEach(line -> text(div(html, recipients, "recipient"), "- " + line));
    Element signature = classed(html, row, "td", "signature");
    document.signature().capacity().forEach(line -> text(div(html, signature, "capacity"), line));
    div(html, signature, "space");
    if (document.signature().name() != null) {
      text(div(html, signature, "signer"), document.signature().name());
    }
    return html;
  }

  /** One annex on landscape pages of its own. */
  Document annexPart(OfficialDocument document, Annex annex) {
    Document html = newDocument();
    Element body = skeleton(html, document, LANDSCAPE);
    text(div(html, body, "annex-label"), annex.label());
    text(div(html, body, "annex-title"), annex.title());
    words(div(html, body, "annex-note"), annex.note());
    div(html, body, "rule annex-rule");
    if (annex.table().hasData()) {
      grid(html, body, annex.table());
    } else {
      text(div(html, body, "annex-empty"), annex.empty());
    }
    return html;
  }

  private Element skeleton(Document html, OfficialDocument document, String pageStyle) {
    Element root = append(html, null, "html");
    Element head = append(html, root, "head");
    text(append(html, head, "title"), document.title());
    meta(html, head, "author", document.author());
    meta(html, head, "subject", document.subject());
    text(append(html, head, "style"), pageStyle + STYLE);
    return append(html, root, "body");
  }

  private static void grid(Document html, Element parent, OfficialDocument.Table model) {
    Element table = classed(html, parent, "table", "grid");
    int totalWidth = model.columns().stream().mapToInt(Column::width).sum();
    Element colgroup = append(html, table, "colgroup");
    for (Column column : model.columns()) {
      append(html, colgroup, "col").setAttribute("style", "width: " + (100.0 * column.width() / totalWidth) + "%");
    }
    Element header = append(html, append(html, table, "thead"), "tr");
    model.columns().forEach(c -> text(append(html, header, "th"), c.header()));
    Element rows = append(html, table, "tbody");
    for (Row row : model.rows()) {
      // no page-break-after/-before: avoid on rows: with it openhtmltopdf 1.1.31 left an empty band instead
      // of the repeated header on the page after such a row; a group's heading may end a page
      Element tr = append(html, rows, "tr");
      if (row instanceof Group group) {
        tr.setAttribute("class", "group" + group.level());
        Element td = append(html, tr, "td");
        td.setAttribute("colspan", Integer.toString(model.columns().size()));
        words(td, group.text());
      } else if (row instanceof Cells cells) {
        if (cells.total()) {
          tr.setAttribute("class", "total");
        }
        for (int i = 0; i < model.columns().size(); i++) {
          Element td = append(html, tr, "td");
          switch (model.columns().get(i).align()) {
            case CENTER -> td.setAttribute("class", "center");
            case RIGHT -> td.setAttribute("class", "right");
            case LEFT -> { }
          }
          words(td, i < cells.values().size() && cells.values().get(i) != null ? cells.values().get(i) : "");
        }
      }
    }
  }

  private byte[] run(Document html, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeLineBreaker(new SpaceLineBreaker());
    for (DocumentFonts.Face face : fonts.faces()) {
      builder.useFont(() -> new ByteArrayInputStream(face.ttf()), DocumentFonts.PDF_FAMILY, face.weight(), face.style(), true);
    }
    builder.withW3cDocument(html, "about:blank");
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render " + title + " as PDF", e);
    }
    return out.toByteArray();
  }

  /** The annexes' pages after the document's, in one file with the document's metadata. */
  private static byte[] append(byte[] main, List<byte[]> annexes, String title) {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument target = Loader.loadPDF(main)) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (byte[] annex : annexes) {
        PDDocument source = Loader.loadPDF(annex);
        sources.add(source);
        merger.appendDocument(target, source);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append the annexes of " + title, e);
    } finally {
      for (PDDocument source : sources) {
        try {
          source.close();
        } catch (IOException e) {
          // nothing was written to it; closing only frees memory
        }
      }
    }
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML document builder", e);
    }
  }

  private static Element append(Document html, Element parent, String name) {
    Element element = html.createElementNS(XHTML, name);
    if (parent == null) {
      html.appendChild(element);
    } else {
      parent.appendChild(element);
    }
    return element;
  }

  private static Element classed(Document html, Element parent, String name, String cssClass) {
    Element element = append(html, parent, name);
    element.setAttribute("class", cssClass);
    return element;
  }

  private static Element div(Document html, Element parent, String cssClass) {
    return classed(html, parent, "div", cssClass);
  }

  private static void meta(Document html, Element head, String name, String content) {
    Element meta = append(html, head, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content == null ? "" : content);
  }

  private static void text(Element element, String text) {
    element.appendChild(element.getOwnerDocument().createTextNode(text == null ? "" : text));
  }

  private static void words(Element element, String text) {
    text(element, text);
  }
}
