package vn.congdoan.cascade.document;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.congdoan.cascade.organisation.OrganisationUnit;

interface DocumentCounterRepository extends JpaRepository<DocumentCounter, Long> {

  /** The counter, locked (SELECT … FOR UPDATE) until the calling transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from DocumentCounter c where c.issuer = ?1 and c.series = ?2 and c.issueYear = ?3")
  Optional<DocumentCounter> lock(OrganisationUnit issuer, String series, int year);

  Optional<DocumentCounter> findByIssuerAndSeriesAndIssueYear(OrganisationUnit issuer, String series, int year);
}
