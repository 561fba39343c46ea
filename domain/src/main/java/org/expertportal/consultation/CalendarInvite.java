package org.expertportal.consultation;

import java.time.Instant;
import java.util.Optional;

/**
 * What a consultation's calendar invite says, as it stands when the mail is written: neutral, with
 * the request reference only, times as instants (written in UTC) and the video link as location.
 *
 * @param cancelled whether the invite cancels the event (METHOD:CANCEL) rather than sets it
 */
public record CalendarInvite(String uid, int sequence, boolean cancelled, Instant start, Instant end,
        String reference, Optional<String> location, Instant stamp) {}
