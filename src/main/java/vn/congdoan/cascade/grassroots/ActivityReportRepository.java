package vn.congdoan.cascade.grassroots;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.directive.Directive;

public interface ActivityReportRepository extends JpaRepository<ActivityReport, Long> {

  @Query("select r from ActivityReport r where r.assignment = ?1")
  Optional<ActivityReport> findByAssignment(UnitAssignment assignment);

  @Query("select r from ActivityReport r where r.assignment.directive = ?1")
  List<ActivityReport> findByDirective(Directive directive);
}
