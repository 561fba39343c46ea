package org.expertportal.request.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in the staff queue: the last line of a page. The next page starts after it, so a
 * page deep in the queue costs what the first one does (docs/adr/022).
 */
public record QueueCursor(int bucket, Instant key, long id) {

    public QueueCursor {
        Objects.requireNonNull(key);
    }
}
