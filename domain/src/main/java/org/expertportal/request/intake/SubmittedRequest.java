package org.expertportal.request.intake;

import java.time.Instant;

/**
 * What the visitor is told after submitting: the same whether their email was known or not.
 *
 * @param bookingPass the secret that lets this visitor book the request's consultation right away
 *     (see {@link IntakePass}); kept in their server-side session, never shown or sent
 */
public record SubmittedRequest(String reference, Instant receivedAt, Instant respondBy, String bookingPass) {

    @Override
    public String toString() {
        return "SubmittedRequest[" + reference + "]";
    }
}
