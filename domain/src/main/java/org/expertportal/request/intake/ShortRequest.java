package org.expertportal.request.intake;

import java.util.List;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequesterKind;

/**
 * What the short form sends (docs/adr/035), exactly as typed: who asks, their email, what they
 * want, optionally the country and the expert (docs/adr/039), consent. No hearing, case stage,
 * summary or other channel: email is the one channel the person gave, so it is the one marked
 * safe. Refusals name the components of {@link RequestSubmission} that these become: {@code kind},
 * {@code name}, {@code email}, {@code countryCode}, {@code consent}; an expert that is not (or no
 * longer) in the directory is refused as {@code expertSlug}.
 *
 * @param countryCode an ISO code, or {@code null} when the person names no country
 * @param expertSlug the expert asked about (from the expert's profile), or {@code null}
 * @param website the honeypot, as on the full form
 */
public record ShortRequest(RequestKind kind, String name, String email, String countryCode, String expertSlug,
        boolean consent, String website) {

    /** A short request that names no expert. */
    public ShortRequest(RequestKind kind, String name, String email, String countryCode, boolean consent,
            String website) {
        this(kind, name, email, countryCode, null, consent, website);
    }

    /**
     * The submission the intake takes; {@code language} is the one the visitor uses the portal in,
     * {@code expertId} the directory's id of {@link #expertSlug}, if any.
     */
    RequestSubmission toSubmission(String language, Long expertId) {
        return new RequestSubmission(RequesterKind.OTHER, name, null, email, null, null, ContactChannel.EMAIL, true,
                null, null, countryCode, List.of(), CaseStage.OTHER, null, false, language, null,
                kind == null || !kind.isShort() ? Set.of() : Set.of(kind.service()), consent, website,
                kind == null ? RequestKind.CASE : kind, expertId);
    }

    RequestSubmission toSubmission(String language) {
        return toSubmission(language, null);
    }
}
