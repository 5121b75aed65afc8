package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Nominations bubble up: a child union's report forwards what the child accepted (its own CĐCS' nominations,
 * and those its children forwarded that it accepted in turn); the parent's office decides on each
 * ({@link NominationReview}, the same checks as a CĐCS' review), and the parent forwards what it accepts with
 * its own report.
 */
@Service
public class ForwardedNominations {

  private static final Logger log = LoggerFactory.getLogger(ForwardedNominations.class);

  private final NominationRepository nominations;
  private final ForwardedNominationRepository forwarded;
  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;
  private final ObjectMapper json;

  ForwardedNominations(NominationRepository nominations, ForwardedNominationRepository forwarded,
      UnitAssignmentRepository assignments, EngineClock clock, ObjectMapper json) {
    this.nominations = nominations;
    this.forwarded = forwarded;
    this.assignments = assignments;
    this.clock = clock;
    this.json = FormTaskListener.limited(json);
  }

  /**
   * Forwards to the parent's {@code assignment} of the child what the child accepted on {@code child}, its
   * directive; a second call forwards nothing new. Returns how many wait for the parent's decision.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int forward(Directive child, UnitAssignment assignment, Instant at) {
    List<ForwardedNomination> before = forwarded.findByAssignment(assignment);
    Set<Long> already = new HashSet<>();
    before.forEach(f -> already.add(f.getNomination().getId()));
    List<Nomination> accepted = new ArrayList<>();
    nominations.findByDirective(child).stream().filter(n -> n.getStatus() == NominationStatus.ACCEPTED).forEach(accepted::add);
    forwarded.findByDirective(child).stream().filter(f -> f.getStatus() == NominationStatus.ACCEPTED)
        .map(ForwardedNomination::getNomination).forEach(accepted::add);
    int added = 0;
    for (Nomination n : accepted) {
      if (already.add(n.getId())) {
        forwarded.save(new ForwardedNomination(n, assignment.getDirective().getSector(), assignment, at));
        added++;
      }
    }
    if (added > 0) {
      log.info("{} nominations accepted by {} forwarded to {}", added, child.getSector().getCode(),
          assignment.getDirective().getSector().getCode());
    }
    return added + (int) before.stream().filter(f -> f.getStatus() == NominationStatus.PROPOSED).count();
  }

  /** The nominations forwarded to the parent's assignment of a child that still wait for a decision. */
  public List<ForwardedNomination> pending(long assignmentId) {
    UnitAssignment assignment = assignments.findById(assignmentId).orElseThrow();
    return forwarded.findByAssignment(assignment).stream().filter(f -> f.getStatus() == NominationStatus.PROPOSED).toList();
  }

  /**
   * Checks and records the parent's decision on each pending forwarded nomination; the parent's assignment of
   * the child is then finished (its report was received before).
   */
  public void review(long assignmentId, FormInput input, String reviewer) {
    UnitAssignment assignment = assignments.findById(assignmentId).orElseThrow();
    List<ForwardedNomination> pending = pending(assignmentId);
    NominationReview review = NominationReview.from(input, pending.stream().map(ForwardedNomination::getNomination).toList(), json);
    Instant now = clock.now();
    for (ForwardedNomination f : pending) {
      NominationReview.Decision decision = review.decisions().get(f.getNomination().getId());
      f.decide(decision.accepted(), decision.reason(), reviewer, now);
    }
    if (assignment.getFinishedAt() == null) {
      assignment.finished(now);
    }
  }
}
