package org.expertportal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.expertportal.consultation.CalendarInvite;

/**
 * Writes a consultation's invite as iCalendar (RFC 5545, iTIP method REQUEST or CANCEL): the same
 * UID for every version of one booking, SEQUENCE raised with each change, times in UTC, the video
 * link as LOCATION and a SUMMARY that names the request reference and nothing else. Written by hand
 * because the format is small and fixed; tests read it back with ical4j as a calendar would.
 */
final class CalendarInviteWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarInviteWriter() {}

    /** The iTIP method of an invite: what goes into the MIME type as well. */
    static String method(CalendarInvite invite) {
        return invite.cancelled() ? "CANCEL" : "REQUEST";
    }

    static String write(CalendarInvite invite, String summary, String organizer, String attendee) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Expert Portal//Consultations//EN");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method(invite));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(invite.uid()));
        line(ics, "SEQUENCE:" + invite.sequence());
        line(ics, "DTSTAMP:" + utc(invite.stamp()));
        line(ics, "DTSTART:" + utc(invite.start()));
        line(ics, "DTEND:" + utc(invite.end()));
        line(ics, "SUMMARY:" + text(summary));
        invite.location().ifPresent(location -> line(ics, "LOCATION:" + text(location)));
        line(ics, "ORGANIZER:mailto:" + organizer);
        line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee);
        line(ics, "STATUS:" + (invite.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines end in CRLF and fold at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
