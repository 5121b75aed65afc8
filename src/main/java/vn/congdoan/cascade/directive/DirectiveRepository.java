package vn.congdoan.cascade.directive;

import java.util.Optional;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByProcessInstanceId(String processInstanceId);

  /** Whether the sector has registered this number of this issuing body in that year. */
  boolean existsBySectorAndIssuerAndNumberAndIssueYear(OrganisationUnit sector, String issuer, String number, int issueYear);
}
