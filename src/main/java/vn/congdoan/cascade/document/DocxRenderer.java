package vn.congdoan.cascade.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;
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
 * Writes an {@link OfficialDocument} as a Word document (Apache POI) that an office can still edit:
 * the same parts and sizes as the PDF, in Times New Roman, A4 with the margins of Nghị định
 * 30/2020/NĐ-CP, page numbers in the header from page 2, each annex in a landscape section numbered
 * apart.
 */
@Component
class DocxRenderer {

  // sizes in twentieths of a point (twips); 1 mm = 56.7 twips
  private static final int A4_SHORT = 11906;
  private static final int A4_LONG = 16838;
  private static final int TOP = 1134;
  private static final int BOTTOM = 1134;
  private static final int LEFT = 1701;
  private static final int RIGHT = 851;
  private static final int TEXT_WIDTH = A4_SHORT - LEFT - RIGHT;
  private static final int ANNEX_LEFT = 1417;
  private static final int ANNEX_RIGHT = 1134;
  private static final int ANNEX_WIDTH = A4_LONG - ANNEX_LEFT - ANNEX_RIGHT;
  private static final int ISSUER_WIDTH = TEXT_WIDTH * 38 / 100;
  private static final int STATE_WIDTH = TEXT_WIDTH - ISSUER_WIDTH;
  /** Word's default left and right cell margin. */
  private static final int CELL_MARGIN = 108;

  private final TextMeasure measure;

  public DocxRenderer(TextMeasure measure) {
    this.measure = measure;
  }

  public byte[] render(OfficialDocument document) {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.getProperties().getCoreProperties().setTitle(document.title());
      docx.getProperties().getCoreProperties().setCreator(document.author());
      docx.getProperties().getCoreProperties().setSubjectProperty(document.subject());
      CTSectPr section = docx.getDocument().getBody().isSetSectPr()
          ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
      page(section, false);
      pageNumbers(docx, section);

      if (document.letterhead().draft()) {
        XWPFParagraph mark = docx.createParagraph();
        mark.setAlignment(ParagraphAlignment.RIGHT);
        mark.setBorderTop(Borders.SINGLE);
        mark.setBorderBottom(Borders.SINGLE);
        mark.setBorderLeft(Borders.SINGLE);
        mark.setBorderRight(Borders.SINGLE);
        mark.setIndentationLeft(TEXT_WIDTH - 1500);
        spacing(mark, 0, 120);
        run(mark, "DỰ THẢO", 12, true, false);
      }
      letterhead(docx, document.letterhead());
      title(docx, document);
      for (Block block : document.body()) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(720);
        spacing(p, 120, 0);
        if (block instanceof Heading heading) {
          run(p, heading.text(), 14, true, false);
        } else if (block instanceof Paragraph paragraph) {
          if (paragraph.lead() != null) {
            run(p, paragraph.lead(), 14, true, false);
            if (!paragraph.text().isEmpty()) {
              run(p, " " + paragraph.text(), 14, false, false);
            }
          } else {
            run(p, paragraph.text(), 14, false, false);
          }
        }
      }
      closing(docx, document);
      XWPFParagraph end = docx.createParagraph();
      spacing(end, 0, 0);

      if (!document.annexes().isEmpty()) {
        // Each annex is a landscape section of its own, its pages numbered from 1 as the decree asks of
        // annexes; a section ends at the paragraph that carries its properties, the last one at the body.
        CTSectPr portrait = (CTSectPr) section.copy();
        properties(end).setSectPr(portrait);
        page(section, true);
        (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
        for (int i = 0; i < document.annexes().size(); i++) {
          annex(docx, document.annexes().get(i));
          if (i < document.annexes().size() - 1) {
            XWPFParagraph annexEnd = docx.createParagraph();
            spacing(annexEnd, 0, 0);
            properties(annexEnd).setSectPr((CTSectPr) section.copy());
          }
        }
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + document.title() + " as DOCX", e);
    }
  }

  private void letterhead(XWPFDocument docx, Letterhead letterhead) {
    XWPFTable table = docx.createTable(2, 2);
    table.removeBorders();
    widths(table, new int[] {ISSUER_WIDTH, STATE_WIDTH});

    XWPFTableCell issuer = table.getRow(0).getCell(0);
    XWPFParagraph p = issuer.getParagraphs().get(0);
    centred(p);
    if (letterhead.superiorBody() != null) {
      run(p, letterhead.superiorBody(), 13, false, false);
      p = centred(issuer.addParagraph());
    }
    run(p, letterhead.issuingBody(), 13, true, false);
    rule(issuer.addParagraph(), ISSUER_WIDTH - 2 * CELL_MARGIN,
        Math.min(ISSUER_WIDTH - 2 * CELL_MARGIN, measure.twips(letterhead.issuingBody(), true, false, 13)) * 2 / 5);

    XWPFTableCell state = table.getRow(0).getCell(1);
    XWPFParagraph nation = centred(state.getParagraphs().get(0));
    run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.5, true, false);
    XWPFParagraph motto = centred(state.addParagraph());
    String mottoText = "Độc lập - Tự do - Hạnh phúc";
    run(motto, mottoText, 13, true, false);
    int mottoIndent = Math.max(0, (STATE_WIDTH - 2 * CELL_MARGIN - measure.twips(mottoText, true, false, 13)) / 2 - 60);
    motto.setBorderBottom(Borders.SINGLE);
    motto.setIndentationLeft(mottoIndent);
    motto.setIndentationRight(mottoIndent);

    XWPFParagraph number = centred(table.getRow(1).getCell(0).getParagraphs().get(0));
    spacing(number, 160, 0);
    run(number, letterhead.numberLine(), 13, false, false);
    XWPFParagraph date = centred(table.getRow(1).getCell(1).getParagraphs().get(0));
    spacing(date, 160, 0);
    run(date, letterhead.dateLine(), 14, false, true);
  }

  private void title(XWPFDocument docx, OfficialDocument document) {
    XWPFParagraph type = centred(docx.createParagraph());
    spacing(type, 400, 0);
    run(type, document.kind().heading(), 14, true, false);
    XWPFParagraph subject = centred(docx.createParagraph());
    subject.setIndentationLeft(400);
    subject.setIndentationRight(400);
    run(subject, document.subject(), 14, true, false);
    rule(docx.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 5);
  }

  private void closing(XWPFDocument docx, OfficialDocument document) {
    XWPFParagraph gap = docx.createParagraph();
    spacing(gap, 0, 0);
    XWPFTable table = docx.createTable(1, 2);
    table.removeBorders();
    int recipientsWidth = TEXT_WIDTH * 45 / 100;
    widths(table, new int[] {recipientsWidth, TEXT_WIDTH - recipientsWidth});
    table.getRow(0).setCantSplitRow(true);

    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFParagraph label = recipients.getParagraphs().get(0);
    spacing(label, 0, 0);
    run(label, "Nơi nhận:", 12, true, true);
    for (String line : document.recipients()) {
      XWPFParagraph p = recipients.addParagraph();
      spacing(p, 0, 0);
      run(p, "- " + line, 11, false, false);
    }

    XWPFTableCell signature = table.getRow(0).getCell(1);
    XWPFParagraph p = centred(signature.getParagraphs().get(0));
    List<String> capacity = document.signature().capacity();
    for (int i = 0; i < capacity.size(); i++) {
      if (i > 0) {
        p = centred(signature.addParagraph());
      }
      run(p, capacity.get(i), 14, true, false);
    }
    for (int i = 0; i < 4; i++) {
      run(centred(signature.addParagraph()), "", 14, false, false);
    }
    if (document.signature().name() != null) {
      run(centred(signature.addParagraph()), document.signature().name(), 14, true, false);
    }
  }

  private void annex(XWPFDocument docx, Annex annex) {
    XWPFParagraph label = centred(docx.createParagraph());
    run(label, annex.label(), 14, true, false);
    run(centred(docx.createParagraph()), annex.title(), 14, true, false);
    run(centred(docx.createParagraph()), annex.note(), 13, false, true);
    rule(docx.createParagraph(), ANNEX_WIDTH, ANNEX_WIDTH / 10);
    if (!annex.table().hasData()) {
      XWPFParagraph empty = centred(docx.createParagraph());
      spacing(empty, 240, 0);
      run(empty, annex.empty(), 14, false, true);
      return;
    }
    List<Column> columns = annex.table().columns();
    XWPFTable table = docx.createTable(1, columns.size());
    int total = columns.stream().mapToInt(Column::width).sum();
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = ANNEX_WIDTH * columns.get(i).width() / total;
    }
    widths(table, widths);
    table.setCellMargins(30, 80, 30, 80);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int i = 0; i < columns.size(); i++) {
      XWPFTableCell cell = header.getCell(i);
      cell.setVerticalAlignment(XWPFVertAlign.CENTER);
      run(centred(cell.getParagraphs().get(0)), columns.get(i).header(), 12, true, false);
    }
    for (Row row : annex.table().rows()) {
      XWPFTableRow tr = table.createRow();
      tr.setCantSplitRow(true);
      if (row instanceof Group group) {
        for (int i = columns.size() - 1; i > 0; i--) {
          tr.removeCell(i);
        }
        XWPFTableCell cell = tr.getCell(0);
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
        width(tcPr, ANNEX_WIDTH);
        run(cell.getParagraphs().get(0), group.text(), 12, true, group.level() > 1);
      } else if (row instanceof Cells cells) {
        for (int i = 0; i < columns.size(); i++) {
          XWPFTableCell cell = tr.getCell(i);
          cell.setVerticalAlignment(XWPFVertAlign.CENTER);
          width(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr(), widths[i]);
          XWPFParagraph p = cell.getParagraphs().get(0);
          switch (columns.get(i).align()) {
            case CENTER -> p.setAlignment(ParagraphAlignment.CENTER);
            case RIGHT -> p.setAlignment(ParagraphAlignment.RIGHT);
            case LEFT -> p.setAlignment(ParagraphAlignment.LEFT);
          }
          String value = i < cells.values().size() && cells.values().get(i) != null ? cells.values().get(i) : "";
          run(p, value, 12, cells.total(), false);
        }
      }
    }
  }

  /** A4 portrait for the body, landscape for annexes. */
  private static void page(CTSectPr section, boolean landscape) {
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(TOP));
    margins.setBottom(BigInteger.valueOf(landscape ? 850 : BOTTOM));
    margins.setLeft(BigInteger.valueOf(landscape ? ANNEX_LEFT : LEFT));
    margins.setRight(BigInteger.valueOf(landscape ? ANNEX_RIGHT : RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
  }

  /** The page number, centred in the header, from the second page on (the first page's header is empty). */
  private void pageNumbers(XWPFDocument docx, CTSectPr section) {
    XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = centred(header.createParagraph());
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    CTR number = field.addNewR();
    fonts(number.addNewRPr(), 13, false, false);
    number.addNewT().setStringValue("2");
    docx.createHeader(HeaderFooterType.FIRST).createParagraph();
    if (!section.isSetTitlePg()) {
      section.addNewTitlePg();
    }
  }

  private void rule(XWPFParagraph p, int lineWidth, int ruleWidth) {
    centred(p);
    int indent = Math.max(0, (lineWidth - ruleWidth) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderTop(Borders.SINGLE);
    spacing(p, 90, 0);
    // the paragraph mark decides the empty line's height: keep it small so that the rule sits close
    CTParaRPr mark = properties(p).isSetRPr() ? properties(p).getRPr() : properties(p).addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(6));
  }

  private static CTPPr properties(XWPFParagraph p) {
    return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    spacing(p, 0, 0);
    return p;
  }

  private static void spacing(XWPFParagraph p, int before, int after) {
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
  }

  private void run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setFontFamily(DocumentFonts.DOCX_FAMILY);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
  }

  private static void fonts(CTRPr pr, int size, boolean bold, boolean italic) {
    CTFonts fonts = pr.addNewRFonts();
    fonts.setAscii(DocumentFonts.DOCX_FAMILY);
    fonts.setHAnsi(DocumentFonts.DOCX_FAMILY);
    fonts.setCs(DocumentFonts.DOCX_FAMILY);
    pr.addNewSz().setVal(BigInteger.valueOf(size * 2L));
    if (bold) {
      pr.addNewB();
    }
    if (italic) {
      pr.addNewI();
    }
  }

  private static void widths(XWPFTable table, int[] widths) {
    CTTblPr tblPr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
    (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblWidth tableWidth = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
    tableWidth.setType(STTblWidth.DXA);
    tableWidth.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < row.getTableCells().size() && i < widths.length; i++) {
        XWPFTableCell cell = row.getCell(i);
        width(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr(), widths[i]);
      }
    }
  }

  private static void width(CTTcPr tcPr, int width) {
    CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
  }
}
