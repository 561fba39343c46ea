package org.expertportal.request.tracking;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.identity.Role;
import org.expertportal.request.RequestAccess;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestHeadline;
import org.expertportal.request.RequestQueries;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.tracking.ClientDashboard.DeliveredReport;
import org.expertportal.request.tracking.ClientDashboard.Hearing;
import org.expertportal.request.tracking.ClientDashboard.NeedsYou;
import org.expertportal.shared.NotPermittedException;

/**
 * The client's dashboard, built from the requests {@link RequestQueries#headlinesVisibleTo} returns for the
 * signed-in client (their own and their organisation's, exactly as "my requests"). It costs a fixed
 * number of statements whatever the number of requests: the requests, then their timelines and their
 * documents in one statement each.
 */
@Named
@Transactional
public class ClientDashboardService {

    /** The most recently active requests the dashboard looks at; older ones are in "my requests". */
    public static final int WINDOW = 200;

    /**
     * How long a delivered report stays in "recently delivered"; so do the samples and CVs staff
     * shared, since sharing one is how a short request is answered (docs/adr/035).
     */
    public static final Duration RECENT = Duration.ofDays(90);

    static final int MAX_DELIVERED = 10;

    private final RequestAccess access;
    private final RequestQueries queries;
    private final RequestEventRepository timeline;
    private final RequestDocumentRepository documents;
    private final Clock clock;
    private final ThreadReadRepository reads;

    public ClientDashboardService(RequestAccess access, RequestQueries queries, RequestEventRepository timeline,
            RequestDocumentRepository documents, Clock clock, ThreadReadRepository reads) {
        this.reads = reads;
        this.access = access;
        this.queries = queries;
        this.timeline = timeline;
        this.documents = documents;
        this.clock = clock;
    }

    /** The dashboard of the signed-in client; days left count in {@code zone}, the person's own. */
    public ClientDashboard dashboard(ZoneId zone) {
        Account me = access.me();
        if (me.getRole() != Role.CLIENT) {
            throw new NotPermittedException();
        }
        List<RequestHeadline> visible = queries.headlinesVisibleTo(me.getId(), me.getOrganisationId().orElse(null),
                WINDOW);
        if (visible.isEmpty()) {
            return new ClientDashboard(List.of(), List.of(), List.of(), List.of(), false);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<Long, RequestHeadline> byId = new HashMap<>();
        visible.forEach(request -> byId.put(request.id(), request));

        List<NeedsYou> needsYou = needsYou(visible);
        List<Hearing> hearings = visible.stream()
                .filter(request -> !request.status().isFinished() && request.status() != RequestStatus.DELIVERED)
                .filter(request -> request.hearingDate().filter(date -> !date.isBefore(today)).isPresent())
                .map(request -> {
                    LocalDate date = request.hearingDate().orElseThrow();
                    return new Hearing(request.reference(), request.clientReference(), request.countryCode(), date,
                            ChronoUnit.DAYS.between(today, date));
                })
                .sorted(Comparator.comparing(Hearing::date).thenComparing(Hearing::reference))
                .toList();
        Instant recent = now.minus(RECENT);
        List<DeliveredReport> delivered = documents.findByRequestIdInOrderByAddedAtAscIdAsc(byId.keySet()).stream()
                .filter(document -> document.getKind() != RequestDocumentKind.CASE_DOCUMENT
                        && document.isSharedWithClient())
                .filter(document -> document.getSharedAt().filter(at -> at.isAfter(recent)).isPresent())
                .sorted(Comparator.comparing((RequestDocument d) -> d.getSharedAt().orElseThrow()).reversed())
                .limit(MAX_DELIVERED)
                .map(document -> {
                    RequestHeadline request = byId.get(document.getRequestId());
                    return new DeliveredReport(request.reference(), request.clientReference(), request.countryCode(),
                            document.getId(), document.getKind(), document.getOriginalName(), document.getSharedAt().orElseThrow());
                })
                .toList();
        List<ClientDashboard.Unread> unread = reads.unreadFromStaff(me.getId(), byId.keySet()).stream()
                .map(messages -> {
                    RequestHeadline request = byId.get(messages.requestId());
                    return new ClientDashboard.Unread(request.reference(), request.clientReference(),
                            request.countryCode(), messages.count(), messages.latestAt());
                })
                .sorted(Comparator.comparing(ClientDashboard.Unread::latestAt).reversed())
                .toList();
        return new ClientDashboard(needsYou, hearings, unread, delivered, true);
    }

    /** Waiting for the client, with the public note of the change that asked, oldest wait first. */
    private List<NeedsYou> needsYou(List<RequestHeadline> visible) {
        List<RequestHeadline> waiting = visible.stream()
                .filter(request -> request.status() == RequestStatus.AWAITING_CLIENT)
                .toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestEvent> asked = new HashMap<>();
        for (RequestEvent event : timeline.findByRequestIdInOrderByOccurredAtAscIdAsc(
                waiting.stream().map(RequestHeadline::id).toList())) {
            if (event.getToStatus() == RequestStatus.AWAITING_CLIENT) {
                asked.put(event.getRequestId(), event);
            }
        }
        return waiting.stream()
                .map(request -> {
                    Optional<RequestEvent> event = Optional.ofNullable(asked.get(request.id()));
                    return new NeedsYou(request.reference(), request.clientReference(), request.countryCode(),
                            event.map(RequestEvent::getOccurredAt).orElse(request.lastActivityAt()),
                            event.flatMap(RequestEvent::getPublicNote));
                })
                .sorted(Comparator.comparing(NeedsYou::since))
                .toList();
    }
}
