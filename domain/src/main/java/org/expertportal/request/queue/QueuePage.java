package org.expertportal.request.queue;

import java.util.List;
import java.util.Optional;

/** One page of the queue and where the next one starts (empty at the end). */
public record QueuePage(List<QueueLine> lines, Optional<QueueCursor> next) {}
