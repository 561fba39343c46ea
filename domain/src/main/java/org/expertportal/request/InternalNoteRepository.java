package org.expertportal.request;

import java.util.List;

/** Port: staff-only notes. Only staff use cases may hold this repository. */
public interface InternalNoteRepository {

    InternalNote save(InternalNote note);

    List<InternalNote> findByRequestIdOrderByWrittenAtAscIdAsc(long requestId);
}
