package org.expertportal.request.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;

/**
 * What the public request form sends, exactly as typed. {@link RequestIntakeService} validates it
 * field by field; the field names of its refusals are this record's component names.
 *
 * @param safeByEmail whether someone else may see the channel: {@code null} when not answered
 *     (docs/adr/037); the same for {@code safeByPhone} and {@code safeByWhatsapp}
 * @param website the honeypot: a field people never see and bots fill in
 * @param kind a case (the full form) or a short request (docs/adr/035)
 * @param countryCode required for a case, optional for a short request (docs/adr/039)
 * @param requestedExpertId the expert a short request asks about, if it names one (docs/adr/039)
 */
public record RequestSubmission(
        RequesterKind requesterKind,
        String name,
        String organisation,
        String email,
        String phone,
        String whatsapp,
        ContactChannel preferredChannel,
        Boolean safeByEmail,
        Boolean safeByPhone,
        Boolean safeByWhatsapp,
        String countryCode,
        List<String> themeKeys,
        CaseStage caseStage,
        LocalDate hearingDate,
        boolean legalAid,
        String preferredLanguage,
        String summary,
        Set<RequestedService> services,
        boolean consent,
        String website,
        RequestKind kind,
        Long requestedExpertId) {

    public RequestSubmission {
        themeKeys = themeKeys == null ? List.of() : List.copyOf(themeKeys);
        services = services == null ? Set.of() : Set.copyOf(services);
        kind = kind == null ? RequestKind.CASE : kind;
    }

    /** A request that names no expert. */
    public RequestSubmission(RequesterKind requesterKind, String name, String organisation, String email, String phone,
            String whatsapp, ContactChannel preferredChannel, Boolean safeByEmail, Boolean safeByPhone,
            Boolean safeByWhatsapp, String countryCode, List<String> themeKeys, CaseStage caseStage,
            LocalDate hearingDate, boolean legalAid, String preferredLanguage, String summary,
            Set<RequestedService> services, boolean consent, String website, RequestKind kind) {
        this(requesterKind, name, organisation, email, phone, whatsapp, preferredChannel, safeByEmail, safeByPhone,
                safeByWhatsapp, countryCode, themeKeys, caseStage, hearingDate, legalAid, preferredLanguage, summary,
                services, consent, website, kind, null);
    }

    /** The full form: a case. */
    public RequestSubmission(RequesterKind requesterKind, String name, String organisation, String email, String phone,
            String whatsapp, ContactChannel preferredChannel, Boolean safeByEmail, Boolean safeByPhone,
            Boolean safeByWhatsapp, String countryCode, List<String> themeKeys, CaseStage caseStage,
            LocalDate hearingDate, boolean legalAid, String preferredLanguage, String summary,
            Set<RequestedService> services, boolean consent, String website) {
        this(requesterKind, name, organisation, email, phone, whatsapp, preferredChannel, safeByEmail, safeByPhone,
                safeByWhatsapp, countryCode, themeKeys, caseStage, hearingDate, legalAid, preferredLanguage, summary,
                services, consent, website, RequestKind.CASE);
    }
}
