package vn.congdoan.cascade.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congdoan.cascade.directive.Directive;

public interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

  Optional<ResultsReport> findByDirective(Directive directive);

  /**
   * The reports of the children that received this directive's plan inside the system (each child's
   * directive names the parent's assignment it answers), with their directives.
   */
  @Query("select r from ResultsReport r join fetch r.directive d where d.parentAssignmentId in "
      + "(select a.id from UnitAssignment a where a.directive = ?1)")
  List<ResultsReport> findOfChildren(Directive parent);
}
