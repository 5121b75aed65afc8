package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.EngineClock;

/** A grassroots union's nominations of exemplars: proposed by the unit, reviewed by the sector. */
@Service
class Nominations {

  private final UnitAssignmentRepository assignments;
  private final NominationRepository nominations;
  private final EmulationMovementRepository movements;
  private final EngineClock clock;
  private final NominationListReader reader;
  private final ObjectMapper json;

  public Nominations(UnitAssignmentRepository assignments, NominationRepository nominations,
      EmulationMovementRepository movements, EngineClock clock, ObjectMapper json) {
    this.assignments = assignments;
    this.nominations = nominations;
    this.movements = movements;
    this.clock = clock;
    this.reader = new NominationListReader(json);
    this.json = FormTaskListener.limited(json);
  }

  /**
   * Checks ({@link NominationSubmission}) and stores the unit's nominations, which submits the unit's
   * part; the unit reaches {@code reached}. Under the lock of the unit's assignment row: a second
   * submission (another tab, a colleague) finds the first one's and is told the task is done.
   *
   * @return whether the unit nominated anyone
   */
  public boolean submit(Long assignmentId, FormInput input, String officer, AssignmentStatus reached) {
    UnitAssignment assignment = assignments.lockById(assignmentId).orElseThrow();
    if (nominations.existsByAssignment(assignment) || assignment.getSubmittedAt() != null) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    Map<String, EmulationMovement> known = movements.findByActiveTrueOrderByPosition().stream()
        .collect(Collectors.toMap(EmulationMovement::getCode, m -> m));
    NominationSubmission submission = NominationSubmission.from(input, known.keySet(), reader);
    Instant now = clock.now();
    nominations.saveAll(submission.proposed().stream().map(p -> new Nomination(assignment, p.kind(), p.name(), p.position(),
        p.workplace(), p.achievement(), known.get(p.movementCode()), p.recognition(), officer, now)).toList());
    assignment.submitted(now);
    assignment.reach(reached);
    return !submission.proposed().isEmpty();
  }

  /**
   * Checks ({@link NominationReview}) and records the sector's decision on each pending nomination of the
   * unit; the unit reaches {@code reached}.
   */
  public void review(Long assignmentId, FormInput input, String reviewer, AssignmentStatus reached) {
    UnitAssignment assignment = assignments.findById(assignmentId).orElseThrow();
    List<Nomination> pending = nominations.findByAssignment(assignment).stream()
        .filter(n -> n.getStatus() == NominationStatus.PROPOSED).toList();
    NominationReview review = NominationReview.from(input, pending, json);
    Instant now = clock.now();
    for (Nomination n : pending) {
      NominationReview.Decision decision = review.decisions().get(n.getId());
      if (decision.accepted()) {
        n.accept(reviewer, now);
      } else {
        n.reject(reviewer, now, decision.reason());
      }
    }
    assignment.reach(reached);
  }
}
