package vn.congdoan.cascade.process;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * Lets the nodes of a cluster start one after the other: from the moment the engine creates or checks
 * its schema until the application is ready (models deployed, registry loaded, Camunda users, groups
 * and Tasklist filters created), a node holds a PostgreSQL advisory lock that every other starting
 * node waits for. So two nodes started together never both create the engine's tables, deploy the
 * models or insert the same officer: the second one finds the first one's work and only checks it.
 * The lock belongs to a connection of its own, so a node that dies mid-way releases it with that
 * connection. On H2 (one embedded node) there is nothing to wait for.
 */
@Component
class StartupLock implements EngineHooks.BeforeEngineStarts {

  /** The advisory lock's key: any number the application's nodes agree on ("cascade" in ASCII). */
  static final long KEY = 0x636173636164L;
  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Before the engine touches its schema (called by {@code engine.EngineInternals}). */
  @Override
  public void beforeEngineStarts() {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long started = System.nanoTime();
      try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
        lock.setLong(1, KEY);
        lock.execute();
      }
      held = connection;
      log.info("Start-up lock acquired after {} ms; other nodes start after this one is ready",
          (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock: " + e.getMessage(), e);
    }
  }

  /** When the application is ready, or when it stops before (start-up failed). */
  @EventListener(ApplicationReadyEvent.class)
  @PreDestroy
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
      log.info("Start-up lock released");
    } catch (SQLException e) {
      log.warn("Start-up lock: releasing failed ({}); closing its connection releases it", e.getMessage());
    } finally {
      held = null;
    }
  }
}
