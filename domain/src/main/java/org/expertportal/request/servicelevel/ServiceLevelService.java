package org.expertportal.request.servicelevel;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.queue.QueueFilter;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.queue.StaffQueueService;
import org.expertportal.request.servicelevel.ServiceLevelQueries.DeliveryRow;
import org.expertportal.request.servicelevel.ServiceLevelQueries.OpenRow;
import org.expertportal.request.servicelevel.ServiceLevelQueries.PeriodRow;
import org.expertportal.request.servicelevel.ServiceLevelReport.Week;
import org.expertportal.shared.NotPermittedException;

/**
 * How well the one-hour promise and the deliveries are kept: weekly figures for administrators,
 * and a staff member's day. A fixed number of statements whatever the number of requests.
 */
@Named
@Transactional
public class ServiceLevelService {

    public static final int PAST_WEEKS = 12;
    static final int BREACHES_LISTED = 50;
    static final int MY_DAY_LINES = 10;

    private final ServiceLevelQueries queries;
    private final StaffQueueService queue;
    private final CurrentUser currentUser;
    private final OfficeCalendar calendar;
    private final Clock clock;

    public ServiceLevelService(ServiceLevelQueries queries, StaffQueueService queue, CurrentUser currentUser,
            OfficeCalendar calendar, Clock clock) {
        this.queries = queries;
        this.queue = queue;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** This week and the {@value #PAST_WEEKS} before it. Administrators only. */
    public ServiceLevelReport report() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        Instant now = clock.instant();
        ZonedDateTime thisWeek = calendar.weekStart(now).atZone(calendar.zone());
        List<Instant> bounds = new ArrayList<>();
        for (int i = PAST_WEEKS; i >= -1; i--) {
            bounds.add(thisWeek.minusWeeks(i).toInstant());
        }
        List<Week> weeks = weeks(bounds, now);
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        Map<String, Long> byRegion = new LinkedHashMap<>();
        for (OpenRow row : queries.open()) {
            byStatus.merge(row.status(), row.count(), Long::sum);
            byRegion.merge(row.regionKey() == null ? ServiceLevelReport.NO_COUNTRY : row.regionKey(), row.count(),
                    Long::sum);
        }
        Map<String, Long> sortedRegions = new LinkedHashMap<>();
        byRegion.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sortedRegions.put(entry.getKey(), entry.getValue()));
        return new ServiceLevelReport(now, weeks, queries.breaches(bounds.getFirst(), now, BREACHES_LISTED), byStatus,
                sortedRegions);
    }

    /** The signed-in staff member's day. Staff and administrators. */
    public MyDay myDay() {
        if (!currentUser.hasRole(Role.STAFF) && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        Instant now = clock.instant();
        LocalDate today = calendar.today(now);
        Week todays = weeks(List.of(calendar.startOf(today), calendar.startOf(today.plusDays(1))), now).getFirst();
        QueueFilter mine = new QueueFilter(null, null, null, null, null, true, false, null, null, false, null, false,
                null, false);
        QueueFilter unowned = new QueueFilter(null, null, null, null, null, false, true, null, null, false, null,
                false, null, false);
        QueueFilter expertDue = new QueueFilter(null, null, null, null, null, true, false, null, null, false, null,
                true, null, false);
        return new MyDay(queue.page(mine, null, MY_DAY_LINES).lines(),
                queue.page(unowned, null, MY_DAY_LINES).lines().stream()
                        .filter(QueueLine::waitingForFirstResponse).toList(),
                queue.page(expertDue, null, MY_DAY_LINES).lines(), todays);
    }

    private List<Week> weeks(List<Instant> bounds, Instant now) {
        Map<Integer, PeriodRow> received = new LinkedHashMap<>();
        queries.received(bounds, now).forEach(row -> received.put(row.period(), row));
        Map<Integer, DeliveryRow> delivered = new LinkedHashMap<>();
        queries.delivered(bounds).forEach(row -> delivered.put(row.period(), row));
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < bounds.size() - 1; i++) {
            PeriodRow r = received.getOrDefault(i, new PeriodRow(i, 0, 0, 0, 0, 0, null, null));
            DeliveryRow d = delivered.getOrDefault(i, new DeliveryRow(i, 0, null));
            weeks.add(new Week(bounds.get(i).atZone(calendar.zone()).toLocalDate(), r.received(), r.answered(),
                    r.withinTarget(), r.breaches(), r.pending(), Optional.ofNullable(r.medianMinutes()),
                    Optional.ofNullable(r.p90Minutes()), d.delivered(), Optional.ofNullable(d.medianMinutes())));
        }
        return weeks;
    }
}
