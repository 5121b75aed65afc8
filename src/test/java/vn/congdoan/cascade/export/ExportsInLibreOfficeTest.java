package vn.congdoan.cascade.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * The five kinds of XLSX file, downloaded through the API after a whole cascade (a unit nominates two
 * exemplars with Vietnamese names, one accepted, one not; the report is signed and sent), then converted to
 * CSV by LibreOffice in one headless run and read back: headers and names with their diacritics, numbers
 * and dates as LibreOffice shows them; the same files read with POI have frozen headers and real date
 * cells. Access follows the data: a grassroots union's officer gets their own unit's rows only and no
 * register; anonymous callers are refused.
 *
 * <p>Without {@code soffice} the conversion is skipped with a message, unless
 * {@code CASCADE_TEST_REQUIRE_LIBREOFFICE=true} (CI) says it must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"cascade.test-context=exports", "spring.mail.host=localhost"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsInLibreOfficeTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT).withPerMethodLifecycle(false);

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired NominationRepository nominations;

  Long directiveId;
  String planNumber;
  String directiveNumber;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void aFinishedCascade() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    directiveId = scenario.directiveOf(sector).getId();
    directiveNumber = scenario.directiveOf(sector).getNumber();
    planNumber = scenario.planOf(sector).getNumber();
    CascadeScenario.setVietnamTime(5, 15, 9);
    for (UnitAssignment a : units) {
      ProcessInstance unit = scenario.unitProcess(a);
      if (a.getUnit().getCode().equals("cdcs-bvdk-tinh")) {
        scenario.completeUnit(unit, CascadeScenario.nominations("Nguyễn Thị Hoa", "Khoa Hồi sức tích cực"));
        List<Nomination> own = nominations.findByAssignment(a);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(), Map.of("reviewDecisionsJson", """
            [{"id":%d,"accepted":true},{"id":%d,"accepted":false,"reason":"Chưa đủ tiêu chuẩn khen thưởng cấp ngành."}]"""
            .formatted(own.get(0).getId(), own.get(1).getId())));
      } else {
        scenario.completeUnit(unit, "[]");
      }
    }
    scenario.runAllJobs(sector);
    complete(sector, "Task_CompileReport", Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Không có."));
    complete(sector, "Task_SignReport", Map.of("reportApproved", true));
    scenario.runJobs(List.of(sector.getId()));
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  private void complete(ProcessInstance sector, String key, Map<String, Object> form) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(sector.getId()).taskDefinitionKey(key).singleResult().getId(), form);
  }

  private HttpResponse<byte[]> get(String user, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api" + path));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Sheet sheet(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
  }

  @Test
  void everyExport_opensInLibreOffice_withVietnameseText_numbersAndDates(@TempDir Path dir) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("progress", "/directives/" + directiveId + "/exports/progress.xlsx");
    files.put("nominations", "/directives/" + directiveId + "/exports/nominations.xlsx");
    files.put("audit", "/directives/" + directiveId + "/exports/audit.xlsx");
    files.put("outgoing", "/registers/outgoing/2023.xlsx");
    files.put("incoming", "/registers/incoming/2023.xlsx");
    List<String> names = new ArrayList<>();
    for (var file : files.entrySet()) {
      HttpResponse<byte[]> response = get("vanphong.cdyt", file.getValue());
      assertThat(response.statusCode()).as(file.getValue()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment; filename=\"").contains("filename*=UTF-8''").doesNotContain("/");
      Sheet sheet = sheet(response.body());
      assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen header of " + file.getKey()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(256 * 8);
      Files.write(dir.resolve(file.getKey() + ".xlsx"), response.body());
      names.add(file.getKey() + ".xlsx");
    }
    assertThat(get("vanphong.cdyt", files.get("progress")).headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename*=UTF-8''Ti%E1%BA%BFn%20%C4%91%E1%BB%99%20-%20K%E1%BA%BF%20ho%E1%BA%A1ch%20"
            + planNumber.replace("/", "-").replace("Đ", "%C4%90"));

    // dates are date cells, not text
    Sheet progress = sheet(Files.readAllBytes(dir.resolve("progress.xlsx")));
    Cell deadline = progress.getRow(1).getCell(7);
    assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
    assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(progress.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);

    Map<String, List<List<String>>> csv = LibreOffice.convertToCsv(dir, names);

    assertThat(csv.get("progress").get(0)).containsExactly("STT", "Mã CĐCS", "Tên CĐCS", "Tình trạng", "Đã xây dựng kế hoạch",
        "Đã báo cáo kết quả", "Số đề xuất điển hình", "Hạn", "Ngày nộp", "Nộp muộn");
    assertThat(csv.get("progress")).hasSize(19);
    List<String> bvdk = csv.get("progress").stream().filter(r -> r.get(1).equals("cdcs-bvdk-tinh")).findFirst().orElseThrow();
    assertThat(bvdk).containsExactly(bvdk.get(0), "cdcs-bvdk-tinh", "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình",
        "Đã hoàn thành, có đề xuất điển hình", "Có", "Có", "2", "30/05/2023", "15/05/2023 09:00", "Không");

    List<List<String>> nominated = csv.get("nominations");
    assertThat(nominated.get(0)).startsWith("STT", "CĐCS", "Cá nhân/Tập thể", "Họ tên/Tên tập thể");
    assertThat(nominated).hasSize(3);
    assertThat(nominated.get(1)).contains("Nguyễn Thị Hoa", "Cá nhân", "Chấp nhận", "Giấy khen của Công đoàn ngành", "15/05/2023 09:00");
    assertThat(nominated.get(2)).contains("Khoa Hồi sức tích cực", "Tập thể", "Không chấp nhận",
        "Chưa đủ tiêu chuẩn khen thưởng cấp ngành.");

    List<List<String>> audit = csv.get("audit");
    assertThat(audit.get(0)).containsExactly("STT", "Thời gian", "Người thực hiện", "Tài khoản", "CĐCS", "Nội dung", "Chi tiết");
    assertThat(audit).anySatisfy(r -> assertThat(r).contains("Ghi nhận văn bản đến", "12/05/2023 08:00"))
        .anySatisfy(r -> assertThat(r).contains("Xét duyệt đề xuất điển hình", "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình"))
        .anySatisfy(r -> assertThat(r).contains("Ban hành báo cáo kết quả"));

    List<List<String>> outgoing = csv.get("outgoing");
    assertThat(outgoing.get(0)).containsExactly("STT", "Số, ký hiệu văn bản", "Ngày ban hành", "Tên loại", "Trích yếu nội dung",
        "Người ký", "Cơ quan ban hành", "Ngày vào sổ");
    assertThat(outgoing).anySatisfy(r -> assertThat(r).contains(planNumber, "Kế hoạch", "12/05/2023"))
        .anySatisfy(r -> assertThat(r).contains("Báo cáo"));
    List<List<String>> incoming = csv.get("incoming");
    assertThat(incoming.get(0)).startsWith("STT", "Ngày đến", "Số đến", "Số, ký hiệu văn bản");
    assertThat(incoming).anySatisfy(r -> assertThat(r).contains(directiveNumber, "11/05/2023", "Liên đoàn Lao động tỉnh Thái Bình",
        "30/05/2023", "12/05/2023 08:00"));
  }

  @Test
  void aGrassrootsOfficerGetsTheirOwnUnitOnly_andNoRegister() throws Exception {
    Sheet progress = sheet(get("yhct.chutich", "/directives/" + directiveId + "/exports/progress.xlsx").body());
    assertThat(progress.getLastRowNum()).isEqualTo(1);
    assertThat(progress.getRow(1).getCell(1).getStringCellValue()).isEqualTo("cdcs-bv-yhct");
    Sheet nominated = sheet(get("yhct.chutich", "/directives/" + directiveId + "/exports/nominations.xlsx").body());
    assertThat(nominated.getLastRowNum()).isZero();
    Sheet own = sheet(get("bvdk.chutich", "/directives/" + directiveId + "/exports/nominations.xlsx").body());
    assertThat(own.getLastRowNum()).isEqualTo(2);
    Sheet audit = sheet(get("yhct.chutich", "/directives/" + directiveId + "/exports/audit.xlsx").body());
    for (int r = 1; r <= audit.getLastRowNum(); r++) {
      Cell unit = audit.getRow(r).getCell(4);
      assertThat(unit == null ? "" : unit.getStringCellValue()).isIn("", "Công đoàn Bệnh viện Y học cổ truyền tỉnh Thái Bình");
    }
    assertThat(get("yhct.chutich", "/registers/outgoing/2023.xlsx").statusCode()).isEqualTo(403);
    assertThat(get("yhct.chutich", "/registers/incoming/2023.xlsx").statusCode()).isEqualTo(403);
    assertThat(get("vanphong.cdyt", "/registers/sideways/2023.xlsx").statusCode()).isEqualTo(404);
    for (String path : List.of("/directives/" + directiveId + "/exports/progress.xlsx", "/directives/" + directiveId
        + "/exports/nominations.xlsx", "/directives/" + directiveId + "/exports/audit.xlsx", "/registers/outgoing/2023.xlsx",
        "/registers/incoming/2023.xlsx")) {
      assertThat(get(null, path).statusCode()).as(path).isEqualTo(401);
    }
  }

  /** LibreOffice Calc, headless: every file of one directory converted to CSV in a single run. */
  static final class LibreOffice {

    static Map<String, List<List<String>>> convertToCsv(Path dir, List<String> files) throws Exception {
      Path soffice = Path.of(System.getProperty("cascade.soffice", "/usr/bin/soffice"));
      boolean present = Files.isExecutable(soffice);
      if (!present && "true".equalsIgnoreCase(System.getenv("CASCADE_TEST_REQUIRE_LIBREOFFICE"))) {
        throw new IllegalStateException("The LibreOffice test must run but " + soffice
            + " is missing: apt-get install libreoffice-calc-nogui");
      }
      Assumptions.assumeTrue(present, "LibreOffice conversion skipped: " + soffice
          + " is needed (Debian package libreoffice-calc-nogui)");
      Path out = Files.createDirectories(dir.resolve("csv"));
      Path profile = Files.createDirectories(dir.resolve("profile"));
      List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out.toString()));
      files.forEach(f -> command.add(dir.resolve(f).toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
      assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
      assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
      Map<String, List<List<String>>> result = new LinkedHashMap<>();
      for (String f : files) {
        String name = f.substring(0, f.lastIndexOf('.'));
        result.put(name, parse(Files.readString(out.resolve(name + ".csv"), StandardCharsets.UTF_8)));
      }
      return result;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
