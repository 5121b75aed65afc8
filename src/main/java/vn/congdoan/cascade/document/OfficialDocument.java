package vn.congdoan.cascade.document;

import java.util.List;

/**
 * What an administrative document says, in the parts that Nghị định 30/2020/NĐ-CP lays out; the
 * renderers ({@link PdfRenderer}, {@link DocxRenderer}) decide how it looks.
 *
 * @param letterhead the blocks at the top of the first page
 * @param kind the document's type, printed in capitals over the subject
 * @param subject the subject line (trích yếu)
 * @param body the text, heading by heading
 * @param recipients the lines of "Nơi nhận", each without its leading dash
 * @param signature who signs, in what capacity
 * @param annexes the annexes (phụ lục), each on its own landscape pages
 * @param author the issuing body's name, for the files' metadata
 */
public record OfficialDocument(
    Letterhead letterhead,
    DocumentKind kind,
    String subject,
    List<Block> body,
    List<String> recipients,
    Signature signature,
    List<Annex> annexes,
    String author) {

  public OfficialDocument {
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
    annexes = List.copyOf(annexes);
  }

  /** The title the files carry in their metadata: "Báo cáo 221/BC-CĐYT: Kết quả …". */
  public String title() {
    return kind.title() + (letterhead.draft() ? " (dự thảo)" : " " + letterhead.number()) + ": " + subject;
  }

  /**
   * The top of the first page.
   *
   * @param superiorBody the body directly above the issuer, in capitals ("LĐLĐ TỈNH THÁI BÌNH"), or null
   * @param issuingBody the issuer, in capitals ("CÔNG ĐOÀN NGÀNH Y TẾ")
   * @param numberLine "Số: 221/BC-CĐYT"
   * @param dateLine "Thái Bình, ngày 05 tháng 6 năm 2023"
   * @param draft true while the document has no number yet (a draft shown before approval)
   */
  public record Letterhead(String superiorBody, String issuingBody, String numberLine, String dateLine, boolean draft) {

    /** The number and symbol alone, "221/BC-CĐYT". */
    public String number() {
      return numberLine.startsWith("Số: ") ? numberLine.substring(4).strip() : numberLine;
    }
  }

  /** A part of the body. */
  public sealed interface Block permits Heading, Paragraph {}

  /** A section heading, e.g. "I. MỤC ĐÍCH, YÊU CẦU"; printed bold. */
  public record Heading(String text) implements Block {}

  /**
   * A paragraph of running text; {@code lead}, if not null, is printed bold before the text, e.g.
   * "1. Công tác tuyên truyền:".
   */
  public record Paragraph(String lead, String text) implements Block {

    public static Paragraph of(String text) {
      return new Paragraph(null, text);
    }
  }

  /**
   * The signature block: "TM. BAN THƯỜNG VỤ" over "CHỦ TỊCH", space for the signature, the name.
   *
   * @param name the signer's full name, or null if the registry names no signer
   */
  public record Signature(List<String> capacity, String name) {

    public Signature {
      capacity = List.copyOf(capacity);
    }
  }

  /**
   * An annex: "Phụ lục 1", its title in capitals, the note that ties it to the document, one table.
   *
   * @param empty what to print instead of the table when it has no rows
   */
  public record Annex(String label, String title, String note, Table table, String empty) {}

  /** A table with a header row and rows that may be group headings spanning all columns. */
  public record Table(List<Column> columns, List<Row> rows) {

    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** Whether the table has data rows (group headings alone do not count). */
    public boolean hasData() {
      return rows.stream().anyMatch(r -> r instanceof Cells);
    }
  }

  /**
   * @param width relative width of the column
   * @param align how the column's cells are aligned
   */
  public record Column(String header, int width, Align align) {}

  public enum Align { LEFT, CENTER, RIGHT }

  public sealed interface Row permits Cells, Group {}

  /** A row of cells, one per column; {@code total} rows are printed bold. */
  public record Cells(List<String> values, boolean total) implements Row {

    public Cells {
      values = List.copyOf(values);
    }

    public static Cells of(String... values) {
      return new Cells(List.of(values), false);
    }
  }

  /** A heading row that spans all columns, e.g. an emulation movement; level 1 bold, level 2 bold italic. */
  public record Group(String text, int level) implements Row {}
}
