package vn.congdoan.cascade.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.NotFoundException;

/**
 * The administrator's backups of the embedded H2 database: {@code POST /api/backups} takes one now,
 * {@code GET /api/backups} lists them, {@code GET /api/backups/{name}} downloads one. On PostgreSQL the
 * first answers 409: that database is backed up with {@code pg_dump} (docs/operations.md).
 */
@RestController
class BackupController {

  private static final Logger log = LoggerFactory.getLogger(BackupController.class);

  private final H2Backups backups;
  private final CurrentOfficer officer;

  BackupController(H2Backups backups, CurrentOfficer officer) {
    this.backups = backups;
    this.officer = officer;
  }

  @PostMapping("/api/backups")
  ResponseEntity<?> create() {
    administratorOnly();
    if (!backups.supported()) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("type", "BackupNotSupported", "message",
          "Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump trên máy chủ cơ sở dữ liệu, không qua ứng dụng "
              + "(xem hướng dẫn vận hành)."));
    }
    log.info("Database backup requested by {}", officer.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(backups.create());
  }

  @GetMapping("/api/backups")
  List<H2Backups.BackupFile> list() {
    administratorOnly();
    return backups.list();
  }

  @GetMapping("/api/backups/{name}")
  ResponseEntity<Resource> download(@PathVariable String name) {
    administratorOnly();
    Path file = backups.file(name).orElseThrow(() -> new NotFoundException("Không có bản sao lưu này."));
    log.info("Backup {} downloaded by {}", name, officer.userId());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }

  private void administratorOnly() {
    if (!officer.isAdministrator()) {
      throw new AccessRefusedException("Chỉ quản trị hệ thống được sao lưu cơ sở dữ liệu.");
    }
  }
}
