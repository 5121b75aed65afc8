package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;

public interface UnitAssignmentRepository extends JpaRepository<UnitAssignment, Long> {

  boolean existsByDirective(Directive directive);

  /**
   * The unit's assignment, locked until the transaction ends: completions of one unit's tasks (two tabs,
   * a double click, two officers of the unit) take turns, so the second finds the first one's work
   * committed and is told so, instead of colliding with it. Other units are not held up.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from UnitAssignment a where a.id = ?1")
  Optional<UnitAssignment> lockById(Long id);

  /**
   * The unit's assignment with its unit, its directive and the directive's sector, in one statement: what a
   * unit's form shows besides the issued plan ({@link UnitContext}).
   */
  @Query("select a from UnitAssignment a join fetch a.unit join fetch a.directive d join fetch d.sector where a.id = ?1")
  Optional<UnitAssignment> findWithContext(Long id);

  /**
   * A directive's child unions (units with children of their own, not CĐCS) that have not submitted their report,
   * with their unit, directive and its issuing union: the ones the parent's daily report reminder looks at.
   */
  @Query("select a from UnitAssignment a join fetch a.unit u join fetch a.directive d join fetch d.sector"
      + " where d.id = ?1 and u.level <> ?2 and a.submittedAt is null order by a.id")
  List<UnitAssignment> findUnsubmittedOfOtherLevel(Long directiveId, vn.congdoan.cascade.organisation.UnitLevel level);

  /**
   * A directive's units with open work (not submitted, not recorded as not reported) after the given assignment, a
   * page at a time in the order of assignments, as much as the parent's daily reminders need to tell which are due.
   */
  @Query("select new vn.congdoan.cascade.grassroots.OpenWork(a.id, u.level, a.processInstanceId, a.deadline,"
      + " coalesce(a.startedAt, a.issuedAt)) from UnitAssignment a join a.unit u"
      + " where a.directive.id = ?1 and a.submittedAt is null and a.status <> ?2 and a.id > ?3 order by a.id")
  List<OpenWork> findOpenWorkAfter(Long directiveId, AssignmentStatus notReported, Long afterAssignmentId, Pageable page);

  /** Assignments by id, with their unit, directive and its issuing union (a batch of the parent's reminders). */
  @Query("select a from UnitAssignment a join fetch a.unit join fetch a.directive d join fetch d.sector where a.id in ?1 order by a.id")
  List<UnitAssignment> findWithContext(Collection<Long> ids);

  @Query("select a from UnitAssignment a join fetch a.unit where a.directive = ?1 and a.processInstanceId is null order by a.id")
  List<UnitAssignment> findNotStarted(Directive directive, Pageable page);

  @Query("select count(a) from UnitAssignment a where a.directive = ?1 and a.processInstanceId is null")
  long countByDirectiveAndProcessInstanceIdIsNull(Directive directive);

  /** Whether any unit of the directive is unfinished: an index seek, whatever the number of units. */
  default boolean existsByDirectiveAndFinishedAtIsNull(Directive directive) {
    return !findUnfinished(directive, PageRequest.of(0, 1)).isEmpty();
  }

  /** Ids of unfinished units of the directive, as many as the page asks for (one: {@link #existsByDirectiveAndFinishedAtIsNull}). */
  @Query("select a.id from UnitAssignment a where a.directive = ?1 and a.finishedAt is null")
  List<Long> findUnfinished(Directive directive, Pageable page);

  /**
   * Marks the late units overdue in one statement. A bulk update leaves the rows' versions alone, so a
   * unit completing a task at that moment neither fails nor makes this fail (the entity is written with
   * dynamic updates: only the columns it changed).
   */
  @Modifying
  @Query("update UnitAssignment a set a.overdue = true where a.directive = ?1 and a.submittedAt is null"
      + " and a.status <> vn.congdoan.cascade.grassroots.AssignmentStatus.NOT_REPORTED and a.deadline <= ?2")
  int markLateOverdue(Directive directive, Instant now);

  /** Units whose own part is still open and whose deadline has passed. */
  @Query("select a from UnitAssignment a join fetch a.unit where a.directive = ?1 and a.submittedAt is null"
      + " and a.status <> vn.congdoan.cascade.grassroots.AssignmentStatus.NOT_REPORTED and a.deadline <= ?2 order by a.unit.code")
  List<UnitAssignment> findLate(Directive directive, Instant now);

  /** The next batch of units whose own part is still open and whose deadline has passed (closed when the sector ends the collection for them). */
  @Query("select a from UnitAssignment a where a.directive = ?1 and a.submittedAt is null and a.processInstanceId is not null"
      + " and a.status <> vn.congdoan.cascade.grassroots.AssignmentStatus.NOT_REPORTED and a.deadline <= ?2 order by a.id")
  List<UnitAssignment> findLate(Directive directive, Instant now, Pageable page);

  /** How many units are still open past their deadline. */
  @Query("select count(a) from UnitAssignment a where a.directive = ?1 and a.submittedAt is null"
      + " and a.status <> vn.congdoan.cascade.grassroots.AssignmentStatus.NOT_REPORTED and a.deadline <= ?2")
  long countLate(Directive directive, Instant now);

  /** The earliest deadline of the units still open within their deadline (an extension), or null if there is none. */
  @Query("select min(a.deadline) from UnitAssignment a where a.directive = ?1 and a.submittedAt is null"
      + " and a.status <> vn.congdoan.cascade.grassroots.AssignmentStatus.NOT_REPORTED and a.deadline > ?2")
  Instant nextDeadline(Directive directive, Instant now);

  /** The next batch of units whose part was not finished when the directive was recalled, and not yet ended. */
  @Query("select a from UnitAssignment a where a.directive = ?1 and a.finishedAt is null and a.recalledAt is null order by a.id")
  List<UnitAssignment> findToRecall(Directive directive, Pageable page);

  /** The process instances of the directive's units that have been started. */
  @Query("select a.processInstanceId from UnitAssignment a where a.directive = ?1 and a.processInstanceId is not null")
  List<String> findProcessInstanceIds(Directive directive);

  @Query("select a from UnitAssignment a join fetch a.unit where a.directive = ?1 order by a.unit.code")
  List<UnitAssignment> findByDirectiveWithUnit(Directive directive);

  /** The units of several directives in one query (the list of directives with their counts). */
  @Query("select a from UnitAssignment a join fetch a.unit where a.directive in ?1")
  List<UnitAssignment> findByDirectiveInWithUnit(Collection<Directive> directives);

  /** Whether any of the given units (a grassroots union's group is its unit code) is assigned the directive. */
  @Query("select count(a) > 0 from UnitAssignment a where a.directive = ?1 and a.unit.code in ?2")
  boolean existsByDirectiveAndUnit_CodeIn(Directive directive, Collection<String> unitCodes);

  /** Units whose part is not finished, counted per state: rows of (state, count), for the metrics. */
  @Query("select a.status, count(a) from UnitAssignment a where a.finishedAt is null group by a.status")
  List<Object[]> countUnfinishedByStatus();

  /** Units marked overdue whose part is not finished (an extension clears the mark), for the metrics. */
  @Query("select count(a) from UnitAssignment a where a.finishedAt is null and a.overdue = true")
  long countUnfinishedOverdue();
}
