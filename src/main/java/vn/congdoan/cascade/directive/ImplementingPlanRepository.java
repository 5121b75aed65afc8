package vn.congdoan.cascade.directive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImplementingPlanRepository extends JpaRepository<ImplementingPlan, Long> {

  @Query("select p from ImplementingPlan p where p.directive = ?1")
  Optional<ImplementingPlan> findByDirective(Directive directive);

  /** The parent's assignments whose child (a union with children) has issued its own plan for this directive. */
  @Query("select p.directive.parentAssignmentId from ImplementingPlan p where p.number is not null and "
      + "p.directive.parentAssignmentId in (select a.id from UnitAssignment a where a.directive = ?1)")
  java.util.Set<Long> findAssignmentIdsWithIssuedChildPlan(Directive parent);

  List<ImplementingPlan> findByDirectiveIn(Collection<Directive> directives);
}
