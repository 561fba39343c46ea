package org.expertportal.request.intake;

import java.util.List;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequesterKind;

/**
 * What the short form sends (docs/adr/035), exactly as typed: who asks, their email, what they
 * want, the country, consent. No hearing, case stage, summary or other channel: email is the one
 * channel the person gave, so it is the one marked safe. Refusals name the components of
 * {@link RequestSubmission} that these become: {@code kind}, {@code name}, {@code email},
 * {@code countryCode}, {@code consent}.
 *
 * @param website the honeypot, as on the full form
 */
public record ShortRequest(RequestKind kind, String name, String email, String countryCode, boolean consent,
        String website) {

    /** The submission the intake takes; {@code language} is the one the visitor uses the portal in. */
    RequestSubmission toSubmission(String language) {
        return new RequestSubmission(RequesterKind.OTHER, name, null, email, null, null, ContactChannel.EMAIL, true,
                null, null, countryCode, List.of(), CaseStage.OTHER, null, false, language, null,
                kind == null || !kind.isShort() ? Set.of() : Set.of(kind.service()), consent, website,
                kind == null ? RequestKind.CASE : kind);
    }
}
