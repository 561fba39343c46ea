package org.expertportal.request.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ChannelSafety;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.tracking.ClientRequestViews.MessageEntry;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;

/**
 * Everything staff see of a request: what the client submitted with its contact details and
 * safety flags (the country is null for a short request that names none), the timeline, the thread, the internal notes and every document.
 *
 * @param version what the page was built from; changes are refused if the request moved on since
 */
public record StaffRequestPage(Submitted request, long version, Optional<String> organisationName,
        List<TimelineEntry> timeline, List<MessageEntry> messages, List<NoteEntry> notes,
        List<StaffDocumentEntry> documents, Set<RequestStatus> nextStatuses) {

    /**
     * What the client submitted, with contact details, safety flags and the first-response clock:
     * a copy, so that the page never holds the entity.
     */
    public record Submitted(String reference, RequestStatus status, Optional<Integer> firstResponseMinutes,
            Instant firstResponseDueAt, Optional<LocalDate> hearingDate, RequesterKind requesterKind,
            String requesterName, Optional<String> requesterOrganisation, String email, ChannelSafety safeByEmail,
            Optional<String> phone, ChannelSafety safeByPhone, Optional<String> whatsapp, ChannelSafety safeByWhatsapp,
            ContactChannel preferredChannel, String countryCode, List<String> themeKeys,
            Set<RequestedService> services, CaseStage caseStage, boolean legalAid, String preferredLanguage,
            Instant receivedAt, Optional<String> summary, RequestKind kind, Optional<String> askedAboutExpert) {

        /** {@code askedAboutExpert}: the name of the expert the request asks about (docs/adr/039), if any. */
        static Submitted of(ReportRequest r, Optional<String> askedAboutExpert) {
            return new Submitted(r.getReference(), r.getStatus(), r.getFirstResponseMinutes(),
                    r.getFirstResponseDueAt(), r.getHearingDate(), r.getRequesterKind(), r.getRequesterName(),
                    r.getRequesterOrganisation(), r.getEmail(), r.getSafetyByEmail(), r.getPhone(), r.getSafetyByPhone(),
                    r.getWhatsapp(), r.getSafetyByWhatsapp(), r.getPreferredChannel(), r.getCountryCode(),
                    r.getThemeKeys(), r.getServices(), r.getCaseStage(), r.isLegalAid(), r.getPreferredLanguage(),
                    r.getReceivedAt(), r.getSummary(), r.getKind(), askedAboutExpert);
        }
    }

    /** An internal note: staff only. */
    public record NoteEntry(Instant at, String author, String body) {}

    /** A document with whether the client's side has it. */
    public record StaffDocumentEntry(long id, RequestDocumentKind kind, String name, Instant addedAt,
            boolean sharedWithClient) {}
}
