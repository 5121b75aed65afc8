package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.cascade.document.OfficialDocument.Align;
import vn.congdoan.cascade.document.OfficialDocument.Annex;
import vn.congdoan.cascade.document.OfficialDocument.Cells;
import vn.congdoan.cascade.document.OfficialDocument.Column;
import vn.congdoan.cascade.document.OfficialDocument.Group;
import vn.congdoan.cascade.document.OfficialDocument.Letterhead;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;
import vn.congdoan.cascade.document.OfficialDocument.Row;
import vn.congdoan.cascade.document.OfficialDocument.Signature;
import vn.congdoan.cascade.document.OfficialDocument.Table;

/**
 * Issue 13: on the third page of annex 2 the table's header was not repeated, an empty band stood above
 * the first row instead. An annex laid out like annex 2 (movements, collectives and individuals, long
 * achievements) over at least three pages: every page of the annex starts with the header.
 */
class AnnexTableHeaderTest {

  private final PdfRenderer pdf = new PdfRenderer(new DocumentFonts());

  static OfficialDocument reportWithLongAnnex(int exemplarsPerGroup) {
    List<Column> columns = List.of(
        new Column("TT", 4, Align.CENTER),
        new Column("Tên tập thể / Họ và tên", 17, Align.LEFT),
        new Column("Chức vụ", 11, Align.LEFT),
        new Column("Đơn vị công tác", 14, Align.LEFT),
        new Column("CĐCS đề xuất", 15, Align.LEFT),
        new Column("Thành tích chủ yếu", 26, Align.LEFT),
        new Column("Hình thức khen thưởng đề nghị", 13, Align.LEFT));
    List<Row> rows = new ArrayList<>();
    String[] movements = {"I. Lao động giỏi, lao động sáng tạo", "II. Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động",
        "III. Giỏi việc nước, đảm việc nhà"};
    for (String movement : movements) {
      rows.add(new Group(movement, 1));
      for (String kind : List.of("Tập thể", "Cá nhân")) {
        rows.add(new Group(kind + " (" + exemplarsPerGroup + ")", 2));
        for (int i = 1; i <= exemplarsPerGroup; i++) {
          rows.add(Cells.of(Integer.toString(i), "Nguyễn Thị Hồng Nhung " + i, "Điều dưỡng trưởng", "Khoa Hồi sức tích cực",
              "CĐCS Bệnh viện Đa khoa tỉnh", "Hoàn thành xuất sắc nhiệm vụ năm 2022, có 02 sáng kiến được Hội đồng khoa học "
                  + "công nhận, tích cực tham gia phong trào thi đua của ngành.", "Giấy khen của Công đoàn ngành"));
        }
      }
    }
    Table table = new Table(columns, rows);
    return new OfficialDocument(
        new Letterhead("LĐLĐ TỈNH THÁI BÌNH", "CÔNG ĐOÀN NGÀNH Y TẾ", "Số: 221/BC-CĐYT", "Thái Bình, ngày 05 tháng 6 năm 2023", false),
        DocumentKind.REPORT, "Kết quả thực hiện Kế hoạch số 220/KH-CĐYT",
        List.of(Paragraph.of("Báo cáo có phụ lục dài.")),
        List.of("Liên đoàn Lao động tỉnh Thái Bình (b.cáo);", "Lưu: VP."),
        new Signature(List.of("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"), "Đào Văn Truyền"),
        List.of(new Annex("Phụ lục 2", "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC ĐỀ XUẤT",
            "(Kèm theo Báo cáo số 221/BC-CĐYT ngày 05 tháng 6 năm 2023 của Công đoàn ngành Y tế Thái Bình)", table,
            "Không có điển hình nào được chấp nhận.")),
        "Công đoàn ngành Y tế Thái Bình");
  }

  @Test
  void annexTableHeader_opensEveryPageOfTheAnnex() throws Exception {
    byte[] file = pdf.render(reportWithLongAnnex(8));
    int first = PdfChecks.firstPageWith(file, "Phụ lục 2");
    int last = PdfChecks.pageCount(file);
    assertThat(last - first + 1).as("pages of the annex").isGreaterThanOrEqualTo(3);
    for (int page = first; page <= last; page++) {
      String text = PdfChecks.pageText(file, page);
      assertThat(text).as("page %d of the PDF", page)
          .contains("Tên tập thể / Họ và tên", "Đơn vị công tác", "Thành tích chủ yếu", "Hình thức khen thưởng đề nghị");
      // above the page's first row
      assertThat(text.indexOf("Nguyễn Thị Hồng")).as("page %d has rows: %s", page, text).isPositive();
      assertThat(text.indexOf("Thành tích chủ yếu")).as("page %d: header before the rows: %s", page, text)
          .isLessThan(text.indexOf("Nguyễn Thị Hồng"));
    }
  }
}
