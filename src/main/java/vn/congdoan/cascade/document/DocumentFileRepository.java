package vn.congdoan.cascade.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {

  Optional<DocumentFile> findByDocumentAndFormat(IssuedDocument document, DocumentFormat format);

  /** The files of some documents, without their contents. */
  @Query("select new vn.congdoan.cascade.document.DocumentFileInfo(f.document.id, f.format, f.fileName,"
      + " f.mediaType, f.size) from DocumentFile f where f.document in ?1 order by f.document.id")
  List<DocumentFileInfo> describe(List<IssuedDocument> documents);
}
