package vn.congdoan.cascade.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.congdoan.cascade.document.IssuedDocument;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReceivedReportRepository extends JpaRepository<ReceivedReport, Long> {

  @Query("select r from ReceivedReport r where r.document = ?1")
  Optional<ReceivedReport> findByDocument(IssuedDocument document);

  /** The receipts of a child's report, looked up by the child's directive, the latest first. */
  @Query("select r from ReceivedReport r join fetch r.receiver join fetch r.document where r.report.directive.id = ?1 "
      + "order by r.receivedAt desc, r.id desc")
  List<ReceivedReport> findByDirectiveId(Long directiveId);

  /** The latest receipt of a child's report: what the parent has now. */
  default Optional<ReceivedReport> findLatestByDirectiveId(Long directiveId) {
    return findByDirectiveId(directiveId).stream().findFirst();
  }

  /** The reports received in [from, to), in register order, with what the incoming register shows. */
  @Query("select r from ReceivedReport r join fetch r.receiver join fetch r.document join fetch r.report rep join fetch rep.directive d "
      + "join fetch d.sector where r.receivedAt >= ?1 and r.receivedAt < ?2 order by r.receivedAt, r.id")
  List<ReceivedReport> findReceivedBetween(Instant from, Instant to);
}
