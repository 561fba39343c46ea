package org.expertportal.request.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.expertportal.request.RequestDocumentKind;

/**
 * The signed-in client's home: what concerns them across their own and their organisation's
 * requests, as the same access rules as "my requests" allow. Never an internal note or a document
 * that was not shared with the client.
 */
public record ClientDashboard(List<NeedsYou> needsYou, List<Hearing> hearings, List<Unread> unread,
        List<DeliveredReport> delivered, boolean hasRequests) {

    /** A request whose thread has staff messages this person has not read (opened) yet. */
    public record Unread(String reference, Optional<String> yourReference, String countryCode, long count,
            Instant latestAt) {}

    /** A request on which staff wait for the client, with what they asked (the public note), if anything. */
    public record NeedsYou(String reference, Optional<String> yourReference, String countryCode, Instant since,
            Optional<String> question) {}

    /** A hearing or filing deadline still to come on an open request, with the days left from today. */
    public record Hearing(String reference, Optional<String> yourReference, String countryCode, LocalDate date,
            long daysLeft) {}

    /**
     * A delivered report, or a sample or CV staff shared (the answer to a short request, docs/adr/035),
     * the client may download from the request's own download path.
     */
    public record DeliveredReport(String reference, Optional<String> yourReference, String countryCode, long documentId,
            RequestDocumentKind kind, String name, Instant deliveredAt) {}

    /** Nothing at all to show: no request needs the client, no hearing is coming, no report arrived lately. */
    public boolean isQuiet() {
        return needsYou.isEmpty() && hearings.isEmpty() && unread.isEmpty() && delivered.isEmpty();
    }
}
