package vn.congdoan.cascade.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.UnitAssignment;

public interface ForwardedNominationRepository extends JpaRepository<ForwardedNomination, Long> {

  /** What a child forwarded to this assignment's unit, with the nominations, their CĐCS, movement and form. */
  @Query("select f from ForwardedNomination f join fetch f.nomination n join fetch n.assignment a join fetch a.unit "
      + "join fetch n.movement where f.assignment = ?1 order by n.id")
  List<ForwardedNomination> findByAssignment(UnitAssignment assignment);

  /** Every nomination forwarded to the unit that runs the directive, by its children, in one query. */
  @Query("select f from ForwardedNomination f join fetch f.nomination n join fetch n.assignment na join fetch na.unit "
      + "join fetch n.movement join fetch f.assignment fa join fetch fa.unit where fa.directive = ?1 order by n.id")
  List<ForwardedNomination> findByDirective(Directive directive);
}
