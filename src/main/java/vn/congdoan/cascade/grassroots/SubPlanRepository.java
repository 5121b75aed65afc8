package vn.congdoan.cascade.grassroots;

import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubPlanRepository extends JpaRepository<SubPlan, Long> {

  @Query("select s from SubPlan s where s.assignment = ?1")
  Optional<SubPlan> findByAssignment(UnitAssignment assignment);

  /** Whether the grassroots union has already used this number for a plan issued within the dates. */
  @Query("select count(s) > 0 from SubPlan s where s.assignment.unit = ?1 and s.number = ?2 and s.issuedOn between ?3 and ?4")
  boolean numberTaken(OrganisationUnit unit, String number, LocalDate from, LocalDate to);

  @Query("select s.assignment.id from SubPlan s where s.assignment.directive = ?1")
  Set<Long> findAssignmentIdsByDirective(Directive directive);
}
