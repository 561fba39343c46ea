package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.expertportal.consultation.CalendarInvite;
import org.junit.jupiter.api.Test;

/** The invites read back as a calendar program reads them (ical4j): book, change, cancel. */
class CalendarInviteWriterTest {

    private static final String UID = "consultation-5f1c@expert-portal";
    private static final String LINK = "https://meet.example.org/demo-staff?pwd=a;b,c";

    private static Calendar parse(CalendarInvite invite) throws Exception {
        String ics = CalendarInviteWriter.write(invite, "Consultation, ER-2026-000123", "no-reply@example.org",
                "client@example.org");
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Calendar calendar, String name) {
        Optional<Property> property = calendar.getProperty(name);
        return property.orElseThrow().getValue();
    }

    private static String value(VEvent event, String name) {
        Optional<Property> property = event.getProperty(name);
        return property.orElseThrow().getValue();
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponents().getFirst();
    }

    @Test
    void booking_changing_and_cancelling_keep_the_uid_raise_the_sequence_and_say_the_method() throws Exception {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        Calendar booked = parse(new CalendarInvite(UID, 0, false, start, start.plusSeconds(1800), "ER-2026-000123",
                Optional.of(LINK), Instant.parse("2026-11-20T10:00:00Z")));
        Instant moved = Instant.parse("2026-11-24T14:30:00Z");
        Calendar changed = parse(new CalendarInvite(UID, 1, false, moved, moved.plusSeconds(1800), "ER-2026-000123",
                Optional.of(LINK), Instant.parse("2026-11-21T10:00:00Z")));
        Calendar cancelled = parse(new CalendarInvite(UID, 2, true, moved, moved.plusSeconds(1800), "ER-2026-000123",
                Optional.of(LINK), Instant.parse("2026-11-22T10:00:00Z")));

        assertThat(value(booked, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(changed, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event(booked), Property.UID)).isEqualTo(UID);
        assertThat(value(event(changed), Property.UID)).isEqualTo(UID);
        assertThat(value(event(cancelled), Property.UID)).isEqualTo(UID);
        assertThat(value(event(booked), Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event(changed), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event(cancelled), Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event(cancelled), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event(booked), Property.STATUS)).isEqualTo("CONFIRMED");

        assertThat(value(event(booked), Property.DTSTART)).isEqualTo("20261123T090000Z");
        assertThat(value(event(booked), Property.DTEND)).isEqualTo("20261123T093000Z");
        assertThat(value(event(changed), Property.DTSTART)).isEqualTo("20261124T143000Z");
        Temporal parsedStart = event(changed).getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(parsedStart)).isEqualTo(moved);

        assertThat(value(event(booked), Property.LOCATION)).as("escaped and folded, read back whole").isEqualTo(LINK);
        assertThat(value(event(booked), Property.SUMMARY)).isEqualTo("Consultation, ER-2026-000123");
        assertThat(value(event(booked), Property.ATTENDEE)).isEqualTo("mailto:client@example.org");
    }

    @Test
    void a_russian_summary_folds_without_breaking_a_character() throws Exception {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        CalendarInvite invite = new CalendarInvite(UID, 0, false, start, start.plusSeconds(1800), "ER-2026-000123",
                Optional.empty(), start);
        String summary = "Консультация, ER-2026-000123 — бесплатная консультация по заявке";
        String ics = CalendarInviteWriter.write(invite, summary, "no-reply@example.org", "client@example.org");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(value(event(calendar), Property.SUMMARY)).isEqualTo(summary);
        assertThat(event(calendar).getProperty(Property.LOCATION)).isEmpty();
    }
}
