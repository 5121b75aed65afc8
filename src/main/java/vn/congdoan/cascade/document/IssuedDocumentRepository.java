package vn.congdoan.cascade.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congdoan.cascade.directive.Directive;

public interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  Optional<IssuedDocument> findByDirectiveAndKind(Directive directive, DocumentKind kind);

  List<IssuedDocument> findByDirectiveOrderByIssuedOnAscIdAsc(Directive directive);
}
