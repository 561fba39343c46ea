package org.expertportal.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The few columns of a request that lists such as the client's dashboard need, read in one
 * statement for any number of requests (loading whole requests also loads their themes and services,
 * two statements per request).
 */
public record RequestHeadline(long id, String reference, String countryCode, RequestStatus status,
        LocalDate hearingDateOrNull, Instant lastActivityAt, String clientReferenceOrNull) {

    public Optional<LocalDate> hearingDate() {
        return Optional.ofNullable(hearingDateOrNull);
    }

    public Optional<String> clientReference() {
        return Optional.ofNullable(clientReferenceOrNull);
    }
}
