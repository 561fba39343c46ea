package org.expertportal.request.workbench;

import java.util.List;

/** Port: staff-only notes. Only staff use cases may hold this repository. */
interface InternalNoteRepository {

    InternalNote save(InternalNote note);

    List<InternalNote> findByRequestIdOrderByWrittenAtAscIdAsc(long requestId);
}
