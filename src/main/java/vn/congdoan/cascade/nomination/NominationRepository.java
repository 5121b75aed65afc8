package vn.congdoan.cascade.nomination;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.UnitAssignment;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  @Query("select n from Nomination n join fetch n.movement where n.assignment = ?1 order by n.id")
  List<Nomination> findByAssignment(UnitAssignment assignment);

  @Query("select count(n) > 0 from Nomination n where n.assignment = ?1")
  boolean existsByAssignment(UnitAssignment assignment);

  @Query("select n from Nomination n join fetch n.movement join fetch n.assignment a join fetch a.unit"
      + " where a.directive = ?1 order by n.movement.position, n.kind, a.unit.code, n.id")
  List<Nomination> findByDirective(Directive directive);

  /** Pairs of (assignment id, number of nominations) for the units of a directive that nominated anyone. */
  @Query("select n.assignment.id, count(n) from Nomination n where n.assignment.directive = ?1 group by n.assignment.id")
  List<Object[]> countByAssignment(Directive directive);

  /** The same for several directives in one query. */
  @Query("select n.assignment.id, count(n) from Nomination n where n.assignment.directive in ?1 group by n.assignment.id")
  List<Object[]> countByAssignmentOf(Collection<Directive> directives);
}
