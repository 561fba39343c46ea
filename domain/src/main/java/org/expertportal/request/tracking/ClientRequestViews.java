package org.expertportal.request.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestMessage;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
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

    /**
     * What a new request form starts with for a signed-in client: who they are (from their account
     * and organisation) and, when repeating an earlier request, its country, themes, organisation
     * and contact channels with the answers about their safety ({@code safeAnswers}: only the
     * channels answered, docs/adr/037). Never the case text, the hearing date or documents.
     */
    public record FormPrefill(Optional<RequesterKind> requesterKind, String name, String email,
            String organisation, String phone, String whatsapp, Optional<ContactChannel> preferredChannel,
            Map<ContactChannel, Boolean> safeAnswers, Optional<String> countryCode, List<String> themeKeys) {}

    /**
     * The request page. {@code expertName} is there once an expert took the case (never while staff
     * are only asking one); {@code overdue} when the first-response time has passed unanswered;
     * {@code countryCode} is null for a short request that names no country; {@code askedAboutExpert}
     * the expert a short request asks about (docs/adr/039).
     */
    public record RequestPage(String reference, RequestStatus status, Optional<ClosingReason> closingReason,
            String countryCode, List<String> themeKeys, Set<RequestedService> services, CaseStage caseStage,
            Optional<LocalDate> hearingDate, boolean legalAid, Optional<String> summary, Instant receivedAt,
            Instant respondBy, Optional<Instant> answeredAt, Optional<Integer> answeredInMinutes,
            List<TimelineEntry> timeline, List<MessageEntry> messages, List<DocumentEntry> documents,
            boolean mayCancel, RequestKind kind, Optional<String> expertName, boolean overdue,
            Optional<String> yourReference, Optional<String> askedAboutExpert) {

        /** The newest report version shared with the client, if the report was delivered. */
        public Optional<DocumentEntry> report() {
            return documents.stream().filter(d -> d.kind() == RequestDocumentKind.REPORT).reduce((a, b) -> b);
        }
    }
}
