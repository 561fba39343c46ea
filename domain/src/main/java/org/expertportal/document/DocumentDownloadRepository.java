package org.expertportal.document;

import java.util.List;

/** Port: the record of downloads. Rows are only ever added, and removed with their document. */
public interface DocumentDownloadRepository {

    DocumentDownload save(DocumentDownload download);

    List<DocumentDownload> findByDocumentIdOrderByIdAsc(Long documentId);

    void deleteByDocumentId(Long documentId);
}
