package vn.congdoan.cascade.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only access to {@code audit_entry}: insert and read, nothing else (a Spring Data
 * {@link Repository}, not a {@code JpaRepository}, so there is no delete or bulk update to call).
 */
interface AuditEntryRepository extends Repository<AuditEntryRecord, Long> {

  AuditEntryRecord save(AuditEntryRecord entry);

  @Query("select e from AuditEntryRecord e where e.directiveId = ?1 order by e.occurredAt, e.id")
  List<AuditEntryRecord> findByDirective(Long directiveId);

  @Query("select e from AuditEntryRecord e where e.directiveId = ?1 and e.assignmentId in ?2 order by e.occurredAt, e.id")
  List<AuditEntryRecord> findByDirectiveAndAssignments(Long directiveId, List<Long> assignmentIds);
}
