package vn.congdoan.cascade.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.calendar.VietnamTime;

/**
 * Online backups of the embedded H2 database with H2's {@code BACKUP TO}: a consistent copy of the
 * database file, zipped, taken while the application runs (officers and jobs go on writing). Every
 * business record, document and process state lives in the database, so the file is a complete backup.
 * On PostgreSQL this class does nothing: {@code pg_dump} does the same job there (docs/operations.md).
 */
@Service
class H2Backups {

  private static final Logger log = LoggerFactory.getLogger(H2Backups.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** The names this class gives its files, and the only names it serves. */
  static final Pattern FILE_NAME = Pattern.compile("cascade-\\d{8}-\\d{6}(-\\d{1,3})?\\.zip");

  private final DataSource dataSource;
  private final BackupProperties properties;
  private final Clock clock;
  private Boolean h2;

  H2Backups(DataSource dataSource, BackupProperties properties) {
    this.dataSource = dataSource;
    this.properties = properties;
    this.clock = Clock.system(VietnamTime.ZONE);
  }

  /** A backup file: its name, size in bytes and when it was written. */
  record BackupFile(String name, long size, LocalDateTime createdAt) {
  }

  /** Whether the application runs on H2 (the only database this class backs up). */
  synchronized boolean supported() {
    if (h2 == null) {
      try (Connection connection = dataSource.getConnection()) {
        h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot tell which database the application runs on", e);
      }
    }
    return h2;
  }

  /** Writes a new backup, then deletes the oldest beyond {@link BackupProperties#keep()}. */
  synchronized BackupFile create() {
    if (!supported()) {
      throw new IllegalStateException("Online backups are taken by the application on H2 only; use pg_dump on PostgreSQL");
    }
    Path directory = directory();
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    Path target = freeName(directory, "cascade-" + STAMP.format(now));
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      // the path is made here from the directory setting and a timestamp, never from a request
      sql.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("H2 backup to " + target + " failed", e);
    }
    BackupFile file = describe(target).orElseThrow();
    log.info("Database backed up to {} ({} bytes)", target, file.size());
    prune();
    return file;
  }

  /** The backups in the directory, newest first. */
  List<BackupFile> list() {
    Path directory = properties.directory().toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
          .map(this::describe).flatMap(Optional::stream)
          .sorted(Comparator.comparing(BackupFile::name).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the backups in " + directory, e);
    }
  }

  /** The file of a backup this class wrote, if the name is one of its names and the file exists. */
  Optional<Path> file(String name) {
    if (name == null || !FILE_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path file = properties.directory().toAbsolutePath().normalize().resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private void prune() {
    List<BackupFile> all = list();
    for (BackupFile old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
      try {
        Files.deleteIfExists(properties.directory().toAbsolutePath().normalize().resolve(old.name()));
        log.info("Old backup {} deleted (keeping the newest {})", old.name(), properties.keep());
      } catch (IOException e) {
        log.warn("Old backup {} could not be deleted: {}", old.name(), e.getMessage());
      }
    }
  }

  private Path directory() {
    Path directory = properties.directory().toAbsolutePath().normalize();
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the backup directory " + directory, e);
    }
  }

  /** {@code base.zip}, or {@code base-2.zip}, … when a backup of the same second exists. */
  private static Path freeName(Path directory, String base) {
    Path candidate = directory.resolve(base + ".zip");
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = directory.resolve(base + "-" + n + ".zip");
    }
    return candidate;
  }

  private Optional<BackupFile> describe(Path file) {
    try {
      return Optional.of(new BackupFile(file.getFileName().toString(), Files.size(file),
          LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), VietnamTime.ZONE).withNano(0)));
    } catch (IOException e) {
      return Optional.empty(); // deleted meanwhile
    }
  }
}
