package vn.congdoan.cascade.grassroots;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;

public interface UnitAssignmentRepository extends JpaRepository<UnitAssignment, Long> {

  boolean existsByDirective(Directive directive);

  @Query("select a from UnitAssignment a join fetch a.unit where a.directive = ?1 and a.processInstanceId is null order by a.id")
  List<UnitAssignment> findNotStarted(Directive directive, Pageable page);

  long countByDirectiveAndProcessInstanceIdIsNull(Directive directive);

  long countByDirectiveAndFinishedAtIsNull(Directive directive);

  @Query("select a from UnitAssignment a join fetch a.unit where a.directive = ?1 order by a.unit.code")
  List<UnitAssignment> findByDirectiveWithUnit(Directive directive);
}
