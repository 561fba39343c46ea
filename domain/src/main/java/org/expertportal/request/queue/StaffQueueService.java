package org.expertportal.request.queue;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.expertportal.account.Account;
import org.expertportal.country.Country;
import org.expertportal.country.CoverageLookup;
import org.expertportal.request.RequestAccess;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.queue.StaffQueueQueries.StaffMember;
import org.expertportal.shared.NotPermittedException;

/**
 * The staff queue: open requests, most urgent first. Urgency is: waiting for a first response
 * (least time left first, overdue on top), then the nearest hearing, then the oldest. Pages are
 * read by keyset (after the last line seen), so deep pages cost what the first does. Staff and
 * administrators only.
 */
@Named
@Transactional
public class StaffQueueService {

    public static final int MAX_PAGE = 200;

    private final RequestAccess access;
    private final StaffQueueQueries queries;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final CoverageLookup coverage;

    public StaffQueueService(RequestAccess access, StaffQueueQueries queries, Clock clock, OfficeCalendar calendar,
            CoverageLookup coverage) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
        this.calendar = calendar;
        this.coverage = coverage;
    }

    /**
     * Up to {@code size} lines (at most {@link #MAX_PAGE}) after {@code after}, or from the top
     * when it is null.
     */
    public QueuePage page(QueueFilter filter, QueueCursor after, int size) {
        Account me = staffMe();
        int limit = Math.clamp(size, 1, MAX_PAGE);
        QueueFilter applied = filter == null ? QueueFilter.OPEN : filter;
        Set<String> regionCountries = applied.regionKey() == null ? Set.of()
                : coverage.allCountries().stream()
                        .filter(country -> country.getRegion().getKey().equals(applied.regionKey()))
                        .map(Country::getIsoCode)
                        .collect(Collectors.toSet());
        List<QueueLine> lines = queries.page(applied, regionCountries, me.getId(), clock.instant(),
                calendar.today(clock.instant()), after, limit);
        Optional<QueueCursor> next = lines.size() < limit ? Optional.empty()
                : Optional.of(lines.getLast().cursor());
        return new QueuePage(lines, next);
    }

    /** How many requests there are in each status, every status listed. */
    public Map<RequestStatus, Long> countsByStatus() {
        staffMe();
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(queries.countByStatus());
        return counts;
    }

    /** Who can own a request. */
    public List<StaffMember> staffMembers() {
        staffMe();
        return queries.staffMembers();
    }

    private Account staffMe() {
        if (!access.isStaff()) {
            throw new NotPermittedException();
        }
        return access.me();
    }
}
