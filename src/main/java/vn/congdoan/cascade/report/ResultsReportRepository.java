package vn.congdoan.cascade.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congdoan.cascade.directive.Directive;

public interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

  Optional<ResultsReport> findByDirective(Directive directive);
}
