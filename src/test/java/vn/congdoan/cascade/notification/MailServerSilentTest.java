package vn.congdoan.cascade.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * An SMTP server that accepts the connection and never answers (a plain socket on 127.0.0.1): the job
 * that sends a reminder fails after the configured read time-out (30 s by default) instead of waiting
 * for ever, nothing is recorded as sent, and the job stays for its next retry.
 */
@SpringBootTest(properties = "spring.mail.host=127.0.0.1")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class MailServerSilentTest {

  private static final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private static final ServerSocket silent = listen();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", silent::getLocalPort);
  }

  /** Accepts every connection and keeps it open without sending a byte (no SMTP greeting). */
  private static ServerSocket listen() {
    try {
      ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            accepted.add(server.accept());
          } catch (IOException closed) {
            return;
          }
        }
      }, "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void closeServer() throws IOException {
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired SentNotificationRepository sent;
  @Autowired JavaMailSender mailSender;

  @AfterEach
  void resetTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void timeOutsAreConfiguredForSmtpAndSmtps() {
    assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "30000")
        .containsEntry("mail.smtp.writetimeout", "30000")
        .containsEntry("mail.smtps.connectiontimeout", "10000")
        .containsEntry("mail.smtps.timeout", "30000")
        .containsEntry("mail.smtps.writetimeout", "30000");
  }

  @Test
  void reminderJobFailsAfterTheReadTimeOut_andIsLeftForRetry() {
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    UnitAssignment unit = scenario.distribute(sector).get(0);
    String pi = sector.getId();

    CascadeScenario.setVietnamTime(5, 23, 9);
    // the sector's reminder timer finds reminders due; the job of the first batch sends the e-mails
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().activityId("BoundaryEvent_ChildReminderDue")
        .singleResult().getId());
    Job send = management.createJobQuery().processInstanceId(pi).messages().activityId("Task_RemindChildUnits").singleResult();
    int retriesBefore = send.getRetries();

    // without time-outs JavaMail waits for the greeting for ever; 60 s is twice the read time-out
    Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> catchThrowable(() -> management.executeJob(send.getId())));

    assertThat(failure).hasMessageContaining("Cannot send e-mail")
        .hasRootCauseInstanceOf(SocketTimeoutException.class);
    assertThat(accepted).as("the application did reach the silent server").isNotEmpty();
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult())
        .as("the job is kept for its next retry")
        .extracting(Job::getRetries, InstanceOfAssertFactories.INTEGER).isEqualTo(retriesBefore - 1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId())).isEmpty();
  }
}
