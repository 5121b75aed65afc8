package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByProcessInstanceId(String processInstanceId);

  boolean existsByNumberAndIssuerAndIssuedOnBetween(String number, String issuer, LocalDate from, LocalDate to);
}
