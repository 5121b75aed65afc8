package vn.congdoan.cascade.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import vn.congdoan.cascade.calendar.ReminderSchedule;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.OpenWork;
import vn.congdoan.cascade.grassroots.ReminderPlanner;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The gateway after the parent's daily reminder timer and an earlier model's parent read the units a page (a batch) at
 * a time: a unit due on a later page is found, the walk stops at the first page with a unit due, and a sweep with
 * none due reads every page once. The repositories answer as the database would for 12 units in pages of 5.
 */
class ChildReportRemindersTest {

  private static final long DIRECTIVE = 7L;
  private static final LocalDate TODAY = LocalDate.of(2023, 5, 23);
  private static final LocalDate REMINDER_DAY = TODAY;

  private final UnitAssignmentRepository assignments = mock(UnitAssignmentRepository.class);
  private final DirectiveRepository directives = mock(DirectiveRepository.class);
  private final ReminderPlanner planner = mock(ReminderPlanner.class);
  private final SentNotificationRepository sent = mock(SentNotificationRepository.class);
  private final EngineClock clock = mock(EngineClock.class);
  private final ChildReportReminders reminders = new ChildReportReminders(assignments, directives, planner, sent, clock,
      new CascadeProperties(5, LocalTime.of(23, 59, 59), 3));

  /** Assignments 1 to 12, open, within their deadline; which of them were already reminded today is up to each test. */
  private final List<OpenWork> open = LongStream.rangeClosed(1, 12)
      .mapToObj(id -> new OpenWork(id, UnitLevel.GRASSROOTS, "pi-" + id, deadline(), received()))
      .toList();

  @BeforeEach
  void database() {
    when(clock.now()).thenReturn(TODAY.atTime(8, 0).atZone(VietnamTime.ZONE).toInstant());
    Directive directive = mock(Directive.class);
    when(directives.findById(DIRECTIVE)).thenReturn(Optional.of(directive));
    when(planner.scheduleOf(directive)).thenReturn(ReminderSchedule.DEFAULT);
    when(planner.dueReminder(eq(ReminderSchedule.DEFAULT), any(), any(), eq(TODAY))).thenReturn(Optional.of(REMINDER_DAY));
    when(assignments.findOpenWorkAfter(eq(DIRECTIVE), eq(AssignmentStatus.NOT_REPORTED), anyLong(), any(Pageable.class)))
        .thenAnswer(call -> {
          long after = call.getArgument(2);
          Pageable page = call.getArgument(3);
          return open.stream().filter(unit -> unit.assignmentId() > after).limit(page.getPageSize()).toList();
        });
  }

  @Test
  void aUnitDueOnALaterPage_isFound_andTheWalkStopsAtItsPage() {
    remindedAlready(1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12);

    assertThat(reminders.anyUnitDueToday(DIRECTIVE)).isTrue();
    verify(assignments, times(2)).findOpenWorkAfter(eq(DIRECTIVE), eq(AssignmentStatus.NOT_REPORTED), anyLong(),
        any(Pageable.class)); // units 1–5, then 6–10; 11 and 12 not read

    assertThat(reminders.dueToday(DIRECTIVE)).extracting(due -> due.unit().assignmentId()).containsExactly(7L);
    assertThat(reminders.dueToday(DIRECTIVE)).extracting(ChildReportReminders.Due::day).containsExactly(REMINDER_DAY);
  }

  @Test
  void noUnitDue_everyPageIsReadOnce_andTheAnswerIsNo() {
    remindedAlready(LongStream.rangeClosed(1, 12).toArray());

    assertThat(reminders.anyUnitDueToday(DIRECTIVE)).isFalse();
    verify(assignments, times(3)).findOpenWorkAfter(eq(DIRECTIVE), eq(AssignmentStatus.NOT_REPORTED), anyLong(),
        any(Pageable.class)); // 1–5, 6–10, 11–12: the short page is the last
    assertThat(reminders.dueToday(DIRECTIVE)).isEmpty();
  }

  @Test
  void aFullLastPage_isFollowedByAnEmptyOne_andEveryUnitDueIsListedOnce() {
    remindedAlready(3, 4);
    List<OpenWork> ten = open.subList(0, 10);
    when(assignments.findOpenWorkAfter(eq(DIRECTIVE), eq(AssignmentStatus.NOT_REPORTED), anyLong(), any(Pageable.class)))
        .thenAnswer(call -> {
          long after = call.getArgument(2);
          return ten.stream().filter(unit -> unit.assignmentId() > after).limit(5).toList();
        });

    assertThat(reminders.dueToday(DIRECTIVE)).extracting(due -> due.unit().assignmentId())
        .containsExactly(1L, 2L, 5L, 6L, 7L, 8L, 9L, 10L);
    verify(assignments, times(3)).findOpenWorkAfter(eq(DIRECTIVE), eq(AssignmentStatus.NOT_REPORTED), anyLong(),
        any(Pageable.class));
  }

  @Test
  void aPageOfTheBatches_startsAfterTheCursor_andSaysWhereItStopped() {
    remindedAlready(7);

    ChildReportReminders.Page page = reminders.dueAfter(DIRECTIVE, 5);

    assertThat(page.due()).extracting(due -> due.unit().assignmentId()).containsExactly(6L, 8L, 9L, 10L);
    assertThat(page.last()).isEqualTo(10L);
    assertThat(page.more()).isTrue();
    ChildReportReminders.Page last = reminders.dueAfter(DIRECTIVE, 10);
    assertThat(last.last()).isEqualTo(12L);
    assertThat(last.more()).isFalse();
  }

  /** The sent-log answers, for the ids and days asked, the given assignments as reminded on the reminder day. */
  private void remindedAlready(long... ids) {
    when(sent.findNotified(eq(NotificationKind.REMINDER), anyCollection(), anyCollection())).thenAnswer(call -> {
      Collection<Long> asked = call.getArgument(2);
      Collection<LocalDate> days = call.getArgument(1);
      List<Object[]> rows = new ArrayList<>();
      for (long id : ids) {
        if (asked.contains(id) && days.contains(REMINDER_DAY)) {
          rows.add(new Object[] {id, REMINDER_DAY});
        }
      }
      return rows;
    });
  }

  private static Instant deadline() {
    return LocalDate.of(2023, 5, 30).atTime(23, 59, 59).atZone(VietnamTime.ZONE).toInstant();
  }

  private static Instant received() {
    return LocalDate.of(2023, 5, 15).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
  }
}
