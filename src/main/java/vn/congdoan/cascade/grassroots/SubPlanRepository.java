package vn.congdoan.cascade.grassroots;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubPlanRepository extends JpaRepository<SubPlan, Long> {

  Optional<SubPlan> findByAssignment(UnitAssignment assignment);

  @Query("select s.assignment.id from SubPlan s where s.assignment.directive = ?1")
  Set<Long> findAssignmentIdsByDirective(Directive directive);
}
