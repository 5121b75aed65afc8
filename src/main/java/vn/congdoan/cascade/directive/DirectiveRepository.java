package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  boolean existsByNumberAndIssuerAndIssuedOnBetween(String number, String issuer, LocalDate from, LocalDate to);
}
