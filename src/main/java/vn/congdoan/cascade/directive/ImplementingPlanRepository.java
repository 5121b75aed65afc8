package vn.congdoan.cascade.directive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImplementingPlanRepository extends JpaRepository<ImplementingPlan, Long> {

  Optional<ImplementingPlan> findByDirective(Directive directive);

  List<ImplementingPlan> findByDirectiveIn(Collection<Directive> directives);
}
