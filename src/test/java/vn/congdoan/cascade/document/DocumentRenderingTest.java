package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.congdoan.cascade.document.OfficialDocument.Align;
import vn.congdoan.cascade.document.OfficialDocument.Annex;
import vn.congdoan.cascade.document.OfficialDocument.Cells;
import vn.congdoan.cascade.document.OfficialDocument.Column;
import vn.congdoan.cascade.document.OfficialDocument.Group;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Letterhead;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;
import vn.congdoan.cascade.document.OfficialDocument.Signature;
import vn.congdoan.cascade.document.OfficialDocument.Table;

/**
 * The renderers on their own: text that looks like markup is printed as typed, a draft is marked and
 * unnumbered, an empty annex says so, annexes are landscape sections, the PDF embeds its fonts.
 */
class DocumentRenderingTest {

  private final DocumentFonts fonts = new DocumentFonts();
  private final PdfRenderer pdf = new PdfRenderer(fonts);
  private final DocxRenderer docx = new DocxRenderer(new TextMeasure(fonts));

  private static OfficialDocument draft() {
    return new OfficialDocument(
        new Letterhead("LĐLĐ TỈNH THÁI BÌNH", "CÔNG ĐOÀN NGÀNH Y TẾ", "Số:        /BC-CĐYT",
            "Thái Bình, ngày      tháng      năm 2023", true),
        DocumentKind.REPORT, "Kết quả <b>thử</b> & “kiểm tra”",
        List.of(new Heading("I. NỘI DUNG"), new Paragraph("1. Mục một:", "Văn bản có <script>alert(1)</script> & ký tự đặc biệt."),
            Paragraph.of("Ứng dụng ghi đúng dấu: ă â đ ê ô ơ ư; Ắ Ặ Ẫ Ở Ữ Ỵ.")),
        List.of("Liên đoàn Lao động tỉnh Thái Bình (b.cáo);", "Lưu: VP."),
        new Signature(List.of("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Trần Quang Minh"),
        List.of(
            new Annex("Phụ lục 1", "BẢNG CÓ DỮ LIỆU", "(Kèm theo Báo cáo số      /BC-CĐYT)",
                new Table(List.of(new Column("TT", 1, Align.CENTER), new Column("Tên", 5, Align.LEFT)),
                    List.of(new Group("I. Nhóm", 1), Cells.of("1", "Khoa <Dược>"))), "trống"),
            new Annex("Phụ lục 2", "BẢNG TRỐNG", "(Kèm theo Báo cáo số      /BC-CĐYT)",
                new Table(List.of(new Column("TT", 1, Align.CENTER)), List.of(new Group("Chỉ có nhóm", 1))),
                "Không có điển hình nào được chấp nhận.")),
        "Công đoàn ngành Y tế Thái Bình");
  }

  @Test
  void pdf_printsTextAsTyped_marksTheDraft_andEmbedsItsFonts() throws Exception {
    byte[] file = pdf.render(draft());
    String text = PdfChecks.text(file);
    assertThat(text).contains("DỰ THẢO", "Số: /BC-CĐYT", "Kết quả <b>thử</b> & “kiểm tra”",
        "Văn bản có <script>alert(1)</script> & ký tự đặc biệt.", "ă â đ ê ô ơ ư; Ắ Ặ Ẫ Ở Ữ Ỵ",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quang Minh", "Khoa <Dược>", "Không có điển hình nào được chấp nhận.");
    PdfChecks.assertFontsEmbedded(file, "LiberationSerif");
    assertThat(PdfChecks.pageCount(file)).isEqualTo(3);
    assertThat(PdfChecks.isLandscape(file, 0)).isFalse();
    assertThat(PdfChecks.isLandscape(file, 1)).isTrue();
    assertThat(PdfChecks.isLandscape(file, 2)).isTrue();
  }

  @Test
  void docx_printsTextAsTyped_andPutsEachAnnexInALandscapeSectionNumberedFromOne() throws Exception {
    byte[] file = docx.render(draft());
    assertThat(SeedCampaignDocumentsTest.docxText(file)).contains("DỰ THẢO", "Số: /BC-CĐYT",
        "Kết quả <b>thử</b> & “kiểm tra”", "Văn bản có <script>alert(1)</script> & ký tự đặc biệt.",
        "ă â đ ê ô ơ ư; Ắ Ặ Ẫ Ở Ữ Ỵ", "Khoa <Dược>", "Không có điển hình nào được chấp nhận.");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
      List<CTSectPr> sections = document.getParagraphs().stream()
          .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
          .map(p -> p.getCTP().getPPr().getSectPr()).collect(java.util.stream.Collectors.toList());
      sections.add(document.getDocument().getBody().getSectPr());
      assertThat(sections).hasSize(3);
      assertThat(sections.get(0).getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
      assertThat(sections.subList(1, 3)).allSatisfy(s -> {
        assertThat(s.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(s.getPgNumType().getStart()).isEqualTo(java.math.BigInteger.ONE);
      });
      assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Báo cáo (dự thảo): Kết quả <b>thử</b> & “kiểm tra”");
    }
  }
}
