package org.expertportal.request.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestMessage;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestedService;
import org.expertportal.request.TimelineDetail;

/** What the client's side sees of requests. No internal note, no staff-only document, ever. */
public final class ClientRequestViews {

    private ClientRequestViews() {}

    /** One line of "my requests". */
    public record RequestLine(String reference, String countryCode, Set<RequestedService> services,
            RequestStatus status, Instant respondBy, Optional<Instant> answeredAt, Optional<Integer> answeredInMinutes,
            Optional<LocalDate> hearingDate, Instant lastActivityAt, boolean mine, Optional<String> yourReference) {}

    /** One entry of the timeline as the client sees it. */
    public record TimelineEntry(Instant at, String actor, Optional<RequestStatus> from, RequestStatus to,
            Optional<ClosingReason> reason, Optional<String> note, Optional<TimelineDetail> detail) {

        public TimelineEntry(Instant at, String actor, Optional<RequestStatus> from, RequestStatus to,
                Optional<ClosingReason> reason, Optional<String> note) {
            this(at, actor, from, to, reason, note, Optional.empty());
        }

        /** The entry of a timeline event, with what it records besides the status. */
        public static TimelineEntry of(RequestEvent event) {
            return new TimelineEntry(event.getOccurredAt(), event.getActorLabel(), event.getFromStatus(),
                    event.getToStatus(), event.getClosingReason(), event.getPublicNote(), event.getDetail());
        }
    }

    /** One message of the thread. */
    public record MessageEntry(long id, Instant at, String author, boolean fromStaff, String body) {

        /** The entry of a message, the same for the client's side and for staff. */
        public static MessageEntry of(RequestMessage message) {
            return new MessageEntry(message.getId(), message.getSentAt(), message.getAuthorLabel(),
                    message.isFromStaff(), message.getBody());
        }
    }

    /** A document the client's side may download. */
    public record DocumentEntry(long id, RequestDocumentKind kind, String name, Instant addedAt) {}

    /** The request page. */
    public record RequestPage(String reference, RequestStatus status, Optional<ClosingReason> closingReason,
            String countryCode, List<String> themeKeys, Set<RequestedService> services, CaseStage caseStage,
            Optional<LocalDate> hearingDate, boolean legalAid, Optional<String> summary, Instant receivedAt,
            Instant respondBy, Optional<Instant> answeredAt, Optional<Integer> answeredInMinutes,
            List<TimelineEntry> timeline, List<MessageEntry> messages, List<DocumentEntry> documents,
            boolean mayCancel, Optional<String> yourReference) {}
}
