package vn.congdoan.cascade.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congdoan.cascade.calendar.VietnamTime;

/**
 * One XLSX sheet as officers expect it: a bold header row in Vietnamese, frozen, with an autofilter;
 * column widths set per column (not measured: autosizing a streamed sheet of 50,000 rows is slow and
 * depends on the fonts installed); dates as date cells shown {@code dd/mm/yyyy}, moments as date-time
 * cells shown {@code dd/mm/yyyy hh:mm} in Vietnam time; numbers as numbers; long texts wrapped. Rows are
 * streamed ({@link SXSSFWorkbook}), so a directive of 10,000 units does not hold the workbook in memory.
 */
final class Spreadsheet {

  /** A column: its Vietnamese header and width in characters; {@code wrap} for long texts. */
  record Column(String header, int width, boolean wrap) {
    Column(String header, int width) {
      this(header, width, false);
    }
  }

  private Spreadsheet() {}

  /**
   * The workbook's bytes. A cell's value is a {@link String}, a {@link Number}, a {@link LocalDate}, an
   * {@link Instant} (written as Vietnam time), a {@link Boolean} ("Có"/"Không") or null (empty).
   */
  static byte[] of(String sheetName, List<Column> columns, List<List<Object>> rows) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      dateTime.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle text = workbook.createCellStyle();
      text.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped.setWrapText(true);

      Row head = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        Cell cell = head.createCell(c);
        cell.setCellValue(columns.get(c).header());
        cell.setCellStyle(header);
      }
      sheet.createFreezePane(0, 1);
      if (!rows.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size() && c < columns.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(text);
          } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
          } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
            cell.setCellStyle(dateTime);
          } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? "Có" : "Không");
            cell.setCellStyle(text);
          } else {
            String s = value.toString();
            // a cell holds at most 32,767 characters
            cell.setCellValue(s.length() > 32_000 ? s.substring(0, 32_000) + "…" : s);
            cell.setCellStyle(columns.get(c).wrap() ? wrapped : text);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing to release beyond the temporary files dispose() removed
      }
    }
  }
}
