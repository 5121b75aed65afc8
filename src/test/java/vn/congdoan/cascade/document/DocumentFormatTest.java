package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;

/** Numbers, dates and text as administrative documents write them. */
class DocumentFormatTest {

  @Test
  void numbersBelowTenTakeALeadingZero() {
    assertThat(new DocumentNumber(5, DocumentKind.REPORT, "CĐYT").text()).isEqualTo("05/BC-CĐYT");
    assertThat(new DocumentNumber(10, DocumentKind.PLAN, "CĐYT").text()).isEqualTo("10/KH-CĐYT");
    assertThat(new DocumentNumber(220, DocumentKind.PLAN, "CĐYT").text()).isEqualTo("220/KH-CĐYT");
    assertThatThrownBy(() -> new DocumentNumber(0, DocumentKind.PLAN, "CĐYT")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dateLine_padsDaysBelowTenAndJanuaryAndFebruary() {
    assertThat(AdministrativeDates.dateLine("Thái Bình", LocalDate.of(2023, 6, 5))).isEqualTo("Thái Bình, ngày 05 tháng 6 năm 2023");
    assertThat(AdministrativeDates.dateLine("Thái Bình", LocalDate.of(2023, 5, 15))).isEqualTo("Thái Bình, ngày 15 tháng 5 năm 2023");
    assertThat(AdministrativeDates.longDate(LocalDate.of(2024, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2024");
    assertThat(AdministrativeDates.longDate(LocalDate.of(2024, 1, 31))).isEqualTo("ngày 31 tháng 01 năm 2024");
    assertThat(AdministrativeDates.longDate(LocalDate.of(2023, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2023");
    assertThat(AdministrativeDates.shortDate(LocalDate.of(2023, 5, 11))).isEqualTo("11/5/2023");
  }

  @Test
  void typedText_becomesHeadingsAndParagraphs() {
    assertThat(TextBlocks.of("""
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao nhận thức.

        1. Công tác tuyên truyền: Tăng cường học tập.
        3. Công tác xây dựng điển hình tiên tiến.
        Vi phạm: không có.""")).containsExactly(
        new Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Paragraph.of("- Nâng cao nhận thức."),
        new Paragraph("1. Công tác tuyên truyền:", "Tăng cường học tập."),
        new Paragraph("3. Công tác xây dựng điển hình tiên tiến.", ""),
        Paragraph.of("Vi phạm: không có."));
    assertThat(TextBlocks.of(null)).isEmpty();
  }

  @Test
  void numbering_oneSeriesForAllKinds_orOnePerKind() {
    List<DocumentProperties.RegisterStart> starts = List.of(
        new DocumentProperties.RegisterStart("cdn-y-te-thai-binh", 2023, null, 219),
        new DocumentProperties.RegisterStart("cdn-y-te-thai-binh", 2023, DocumentKind.REPORT, 87));
    DocumentProperties one = new DocumentProperties(DocumentProperties.Numbering.ONE_SERIES, starts);
    assertThat(one.seriesOf(DocumentKind.PLAN)).isEqualTo(one.seriesOf(DocumentKind.REPORT)).isEqualTo("ALL");
    assertThat(one.startOf("cdn-y-te-thai-binh", "ALL", 2023)).isEqualTo(219);
    assertThat(one.startOf("cdn-y-te-thai-binh", "ALL", 2024)).isZero();
    DocumentProperties perKind = new DocumentProperties(DocumentProperties.Numbering.SERIES_PER_KIND, starts);
    assertThat(perKind.seriesOf(DocumentKind.REPORT)).isEqualTo("BC");
    assertThat(perKind.startOf("cdn-y-te-thai-binh", "BC", 2023)).isEqualTo(87);
    assertThat(perKind.startOf("cdn-y-te-thai-binh", "KH", 2023)).isZero();
  }

  @Test
  void formats_areParsedFromTheQuery() {
    assertThat(List.of("pdf", "PDF", " docx ")).extracting(DocumentFormat::parse)
        .containsExactly(DocumentFormat.PDF, DocumentFormat.PDF, DocumentFormat.DOCX);
    assertThat(DocumentFormat.parse("odt")).isNull();
  }
}
