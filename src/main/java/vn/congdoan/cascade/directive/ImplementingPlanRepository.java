package vn.congdoan.cascade.directive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImplementingPlanRepository extends JpaRepository<ImplementingPlan, Long> {

  @Query("select p from ImplementingPlan p where p.directive = ?1")
  Optional<ImplementingPlan> findByDirective(Directive directive);

  List<ImplementingPlan> findByDirectiveIn(Collection<Directive> directives);
}
