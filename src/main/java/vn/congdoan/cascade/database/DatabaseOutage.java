package vn.congdoan.cascade.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, network cut, pool
 * exhausted waiting for a connection) from any other failure, by the exception chain, and notes such
 * failures of the engine's commands for the request being served (see {@link DatabaseOutageFilter}).
 */
public final class DatabaseOutage {

  static final String TYPE = "ServiceUnavailable";
  static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.";
  static final int RETRY_AFTER_SECONDS = 30;

  private static final ThreadLocal<Throwable[]> NOTICED = new ThreadLocal<>();

  private DatabaseOutage() {
  }

  /** Whether the exception, or any of its causes, says that the database could not be reached. */
  public static boolean isOutage(Throwable failure) {
    return cause(failure) != null;
  }

  /** The first exception of the chain that says the database could not be reached, or null. */
  static Throwable cause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (saysUnreachable(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean saysUnreachable(Throwable t) {
    if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
        || t instanceof DataAccessResourceFailureException) { // CannotGetJdbcConnectionException among them
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // class 08: connection exception; 57P01-57P03: PostgreSQL shutting down, crashed, not yet accepting
      return state.startsWith("08") || state.startsWith("57P0");
    }
    return false;
  }

  /** Starts noting, on this thread, engine commands that fail because the database is out of reach. */
  static void startNoticing() {
    NOTICED.set(new Throwable[1]);
  }

  /** Called for every failed engine command: kept if it is an outage and this thread is noticing. */
  static void failed(Throwable failure) {
    Throwable[] noticed = NOTICED.get();
    if (noticed != null && noticed[0] == null && isOutage(failure)) {
      noticed[0] = failure;
    }
  }

  /** Stops noting; the first outage noted since {@link #startNoticing()}, or null. */
  static Throwable stopNoticing() {
    Throwable[] noticed = NOTICED.get();
    NOTICED.remove();
    return noticed == null ? null : noticed[0];
  }

  /** One line for the log: the exception that named the outage, without its stack. */
  static String describe(Throwable failure) {
    Throwable cause = cause(failure);
    Throwable shown = cause == null ? failure : cause;
    return shown.getClass().getSimpleName() + ": " + shown.getMessage();
  }
}
