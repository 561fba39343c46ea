package org.expertportal.request.queue.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.expertportal.request.queue.QueueCursor;
import org.expertportal.request.queue.QueueFilter;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.queue.StaffQueueService;

/**
 * Turns the grid's "rows from offset N" into the service's "rows after this line": the cursor of
 * every line already shown is remembered by its position, so scrolling on asks for the page after
 * the last line seen (keyset paging, docs/adr/022). A new filter starts from the top.
 */
final class QueueKeysetPaging {

    private final StaffQueueService queue;
    private final TreeMap<Integer, QueueCursor> cursors = new TreeMap<>();
    private QueueFilter filter = QueueFilter.OPEN;

    QueueKeysetPaging(StaffQueueService queue) {
        this.queue = queue;
    }

    void filter(QueueFilter newFilter) {
        filter = newFilter;
        cursors.clear();
    }

    Stream<QueueLine> fetch(int offset, int limit) {
        // Start at the nearest known position at or before the offset (the top is always known)
        // and walk on page by page: scrolling asks for the next page, so this is one page at most.
        Map.Entry<Integer, QueueCursor> known = cursors.floorEntry(offset);
        int position = known == null ? 0 : known.getKey();
        QueueCursor after = known == null ? null : known.getValue();
        while (position < offset) {
            int size = Math.min(offset - position, StaffQueueService.MAX_PAGE);
            List<QueueLine> skipped = remember(position, queue.page(filter, after, size).lines());
            if (skipped.size() < size) {
                return Stream.empty();
            }
            position += skipped.size();
            after = skipped.getLast().cursor();
        }
        return remember(position, queue.page(filter, after, limit).lines()).stream();
    }

    private List<QueueLine> remember(int position, List<QueueLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            cursors.put(position + i + 1, lines.get(i).cursor());
        }
        return lines;
    }
}
