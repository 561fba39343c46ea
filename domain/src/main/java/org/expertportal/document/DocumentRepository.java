package org.expertportal.document;

import java.util.Optional;

/** Port: the rows that describe stored documents. */
public interface DocumentRepository {

    Document save(Document document);

    Optional<Document> findById(Long id);

    void delete(Document document);

    /** Writes pending changes now, so that a refused delete fails before any file is touched. */
    void flush();
}
