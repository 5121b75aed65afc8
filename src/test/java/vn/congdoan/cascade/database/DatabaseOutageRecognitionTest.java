package vn.congdoan.cascade.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures count as the database being out of reach, and how a server error's body is held back. */
class DatabaseOutageRecognitionTest {

  @Test
  void connectionFailuresAnywhereInTheChainAreAnOutage() {
    assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("Could not open JPA EntityManager",
        new PersistenceException("Unable to acquire JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))).isTrue();
    assertThat(DatabaseOutage.isOutage(new ProcessEngineException("ENGINE-03004",
        new SQLNonTransientConnectionException("Connection refused")))).isTrue();
    assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new ProcessEngineException("failed",
        new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"))))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection due to administrator command", "57P01")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseOutage.isOutage(new ProcessEngineException("Unknown property used in expression"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate",
        new SQLIntegrityConstraintViolationException("unique key", "23505")))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("syntax error", "42000"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.isOutage(null)).isFalse();
  }

  @Test
  void aCycleInTheCauseChainEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(DatabaseOutage.isOutage(a)).isFalse();
  }

  @Test
  void onlyFailuresNoticedWhileNoticingAreKept() {
    DatabaseOutage.failed(new SQLTransientConnectionException("before"));
    DatabaseOutage.startNoticing();
    DatabaseOutage.failed(new ProcessEngineException("not an outage"));
    SQLTransientConnectionException outage = new SQLTransientConnectionException("down");
    DatabaseOutage.failed(outage);
    DatabaseOutage.failed(new SQLTransientConnectionException("later"));
    assertThat(DatabaseOutage.stopNoticing()).isSameAs(outage);
    assertThat(DatabaseOutage.stopNoticing()).isNull();
  }

  @Test
  void aSuccessfulResponseIsWrittenThroughUnbuffered() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ErrorHoldingResponse holding = new ErrorHoldingResponse(response);
    holding.setStatus(200);
    holding.getOutputStream().write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
    assertThat(holding.serverErrorHeld()).isFalse();
  }

  @Test
  void aServerErrorsBodyIsHeldUntilReleased() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ErrorHoldingResponse holding = new ErrorHoldingResponse(response);
    holding.setStatus(500);
    holding.getOutputStream().write("{\"type\":\"ProcessEngineException\"}".getBytes(StandardCharsets.UTF_8));
    holding.flushBuffer();

    assertThat(holding.serverErrorHeld()).isTrue();
    assertThat(response.getContentAsString()).isEmpty();
    assertThat(response.isCommitted()).isFalse();
    holding.release();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"ProcessEngineException\"}");
  }

  @Test
  void aServerErrorSentAsErrorIsHeldUntilReleased() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ErrorHoldingResponse holding = new ErrorHoldingResponse(response);
    holding.sendError(500, "failed");

    assertThat(holding.serverErrorHeld()).isTrue();
    assertThat(response.getErrorMessage()).isNull();
    holding.release();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getErrorMessage()).isEqualTo("failed");
  }
}
