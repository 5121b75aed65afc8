package vn.congdoan.cascade.directive;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.organisation.OrganisationUnit;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByProcessInstanceId(String processInstanceId);

  /** The directives the children of this directive's units received (the plan handed down one level). */
  @Query("select d from Directive d where d.parentAssignmentId in (select a.id from UnitAssignment a where a.directive = ?1)")
  List<Directive> findChildrenOf(Directive parent);

  /** The directive a child union received for its parent's assignment (the parent's plan handed down). */
  @Query("select d from Directive d where d.parentAssignmentId = ?1")
  Optional<Directive> findByParentAssignmentId(Long parentAssignmentId);

  /** The directive with its sector, for deciding who may act on it outside a transaction. */
  @Query("select d from Directive d join fetch d.sector where d.id = ?1")
  Optional<Directive> findWithSector(long id);

  /**
   * The directive, its row locked (SELECT … FOR UPDATE) until the calling transaction ends: serialises
   * the units that finish last when they tell the sector's process (see NotifySectorDelegate).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Directive d where d.id = ?1")
  Optional<Directive> lock(Long id);

  /** Whether the sector has registered this number of this issuing body in that year. */
  /** The directives registered in [from, to), oldest first, with their sector (the incoming register, sổ văn bản đến). */
  @Query("select d from Directive d join fetch d.sector where d.registeredAt >= ?1 and d.registeredAt < ?2 order by d.registeredAt, d.id")
  List<Directive> findRegisteredBetween(Instant from, Instant to);

  boolean existsBySectorAndIssuerAndNumberAndIssueYear(OrganisationUnit sector, String issuer, String number, int issueYear);
}
