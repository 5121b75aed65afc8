package vn.congdoan.cascade.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  Optional<IssuedDocument> findByDirectiveIdAndKind(Long directiveId, DocumentKind kind);

  List<IssuedDocument> findByDirectiveIdOrderByIssuedOnAscIdAsc(Long directiveId);
}
