package vn.congdoan.cascade.reliability;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.NotificationOutcome;

/**
 * Test-only fault injection (registered by {@link CrashHarness}, so only in the child JVM of
 * {@link AbstractCrashRecoveryTest}): an engine plugin whose parse listener adds a listener at one of three
 * moments (the reminder's: an application listener), inside the transaction that does the work and before it commits. When that moment is reached
 * for the {@code cascade.test.crash-at}-th time (default 1), the listener prints
 * {@code CRASH-POINT-REACHED <point> <detail>} to stdout and blocks its thread for good, holding the
 * transaction open until the test kills the JVM.
 *
 * <ul>
 *   <li>{@code FAN_OUT}: at the end of {@code Task_StartUnitProcesses}, after one batch of unit processes
 *       was created and their assignments updated (the job's transaction);</li>
 *   <li>{@code COMPLETION}: on completion of {@code Task_DraftSubPlan}, after the application's own
 *       listener stored the sub-plan (flushed to the database here), in the officer's REST request;</li>
 *   <li>{@code REMINDER}: when a reminder's e-mail was accepted by the SMTP server, before its sent-log
 *       row commits (the transaction of its own that {@code OnceOnlyMailer.sendOnceApart} opens inside the
 *       job of a batch of the sector's reminders; the gap that docs/notifications.md accepts): an application
 *       listener of the {@link NotificationOutcome} that the mailer publishes there; it waits until the reminders
 *       counted before it are committed.</li>
 * </ul>
 */
public class CrashPoints extends AbstractProcessEnginePlugin {

  public static final String POINT = "cascade.test.crash-point";
  public static final String AT = "cascade.test.crash-at";
  public static final String MARKER = "CRASH-POINT-REACHED";

  public enum Point { FAN_OUT, COMPLETION, REMINDER }

  private final ApplicationContext context;
  private final Point point;
  private final int crashAt;
  private final AtomicInteger reached = new AtomicInteger();

  CrashPoints(ApplicationContext context) {
    this.context = context;
    String configured = context.getEnvironment().getProperty(POINT);
    this.point = configured == null || configured.isBlank() ? null : Point.valueOf(configured.strip());
    this.crashAt = context.getEnvironment().getProperty(AT, Integer.class, 1);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (point == null) {
      return;
    }
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (point == Point.FAN_OUT && "Task_StartUnitProcesses".equals(activity.getId())) {
          activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution ->
              count("directive=" + execution.getVariable("directiveId") + " unitsNotStarted="
                  + execution.getVariable("unitsNotStarted"), () -> { }));
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (point == Point.COMPLETION && "Task_DraftSubPlan".equals(activity.getId())) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
                // the sub-plan the application's listener saved goes to the database, uncommitted
                SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class)).flush();
                count("assignment=" + task.getVariable("assignmentId") + " task=" + task.getId(), () -> { });
              });
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  /** The REMINDER point: an e-mail accepted by the SMTP server, its sent-log row not committed yet. */
  void notificationSent(NotificationOutcome outcome) {
    if (point == Point.REMINDER && outcome.sent() && outcome.kind() == NotificationKind.REMINDER) {
      count("assignment=" + outcome.subjectId(), () -> awaitCommittedReminders(crashAt - 1));
    }
  }

  /**
   * The reminders that sent their e-mail before this one may still be committing (each commits apart, and a
   * retried or concurrent job may run beside this one). The crash waits (holding its own transaction) until that
   * many are committed, so that it surely comes after some reminders were sent and committed.
   */
  private void awaitCommittedReminders(int committed) {
    long end = System.nanoTime() + 60_000_000_000L;
    try (Connection connection = context.getBean(DataSource.class).getConnection();
        PreparedStatement query = connection.prepareStatement("select count(*) from sent_notification where kind = 'REMINDER'")) {
      while (System.nanoTime() < end) {
        try (ResultSet result = query.executeQuery()) {
          result.next();
          if (result.getInt(1) >= committed) {
            return;
          }
        }
        Thread.sleep(20);
      }
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    System.out.println("Fewer than " + committed + " reminders were committed within a minute");
  }

  private void count(String detail, Runnable beforeCrash) {
    if (reached.incrementAndGet() == crashAt) {
      beforeCrash.run();
      System.out.println(MARKER + " " + point + " " + detail);
      System.out.flush();
      CountDownLatch never = new CountDownLatch(1);
      while (true) {
        try {
          never.await();
        } catch (InterruptedException e) {
          // keep the transaction open until the JVM is killed
        }
      }
    }
  }
}
