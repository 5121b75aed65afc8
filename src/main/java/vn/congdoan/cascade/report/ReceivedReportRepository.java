package vn.congdoan.cascade.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReceivedReportRepository extends JpaRepository<ReceivedReport, Long> {

  @Query("select r from ReceivedReport r where r.report = ?1")
  Optional<ReceivedReport> findByReport(ResultsReport report);

  /** The receipt of a child's report, looked up by the child's directive. */
  @Query("select r from ReceivedReport r join fetch r.receiver where r.report.directive.id = ?1")
  Optional<ReceivedReport> findByDirectiveId(Long directiveId);

  /** The reports received in [from, to), in register order, with what the incoming register shows. */
  @Query("select r from ReceivedReport r join fetch r.receiver join fetch r.report rep join fetch rep.directive d "
      + "join fetch d.sector where r.receivedAt >= ?1 and r.receivedAt < ?2 order by r.receivedAt, r.id")
  List<ReceivedReport> findReceivedBetween(Instant from, Instant to);
}
