package vn.congdoan.cascade.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  /** The directive's current document of this kind: issued and not superseded. */
  @Query("select d from IssuedDocument d where d.directiveId = ?1 and d.kind = ?2 and d.supersededAt is null")
  Optional<IssuedDocument> findByDirectiveIdAndKind(Long directiveId, DocumentKind kind);

  /** Every revision of the directive's documents of this kind, the latest first. */
  @Query("select d from IssuedDocument d where d.directiveId = ?1 and d.kind = ?2 order by d.revision desc")
  List<IssuedDocument> findRevisions(Long directiveId, DocumentKind kind);

  List<IssuedDocument> findByDirectiveIdOrderByIssuedOnAscIdAsc(Long directiveId);

  /** The documents numbered in a year, every issuer's, in register order (the outgoing register, sổ văn bản đi). */
  @Query("select d from IssuedDocument d join fetch d.issuer where d.issueYear = ?1 order by d.issuer.id, d.sequence, d.id")
  List<IssuedDocument> findByIssueYearInRegisterOrder(int issueYear);
}
