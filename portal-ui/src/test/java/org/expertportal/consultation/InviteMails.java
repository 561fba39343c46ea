package org.expertportal.consultation;

import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mails consultation alerts send, read back from the archive with their calendar invite parsed. */
final class InviteMails {

    private final JdbcTemplate jdbc;
    private final Path dataDir;

    InviteMails(JdbcTemplate jdbc, Path dataDir) {
        this.jdbc = jdbc;
        this.dataDir = dataDir;
    }

    /** The mail of the recipient's alert of that type on that request, once the dispatcher has sent it. */
    MimeMessage sent(String email, String type, String reference) throws Exception {
        return byId(jdbc.queryForObject("select o.id from notification_outbox o join account a on"
                + " a.id = o.recipient_account_id where a.email = ? and o.alert_type = ? and o.reference = ?",
                Long.class, email, type, reference));
    }

    private MimeMessage byId(long outboxId) throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> "SENT".equals(jdbc.queryForObject(
                "select status from notification_outbox where id = ?", String.class, outboxId)));
        Path mail;
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            mail = files.filter(f -> f.getFileName().toString().endsWith("-" + outboxId + ".eml"))
                    .max(Comparator.comparing(f -> f.getFileName().toString())).orElseThrow();
        }
        try (InputStream in = Files.newInputStream(mail)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The mail of that type on that request sent to {@code address} for the account {@code accountEmail}. */
    MimeMessage sentTo(String address, String accountEmail, String type, String reference) throws Exception {
        List<Long> ids = jdbc.queryForList("select o.id from notification_outbox o join account a on"
                + " a.id = o.recipient_account_id where a.email = ? and o.alert_type = ? and o.reference = ?",
                Long.class, accountEmail, type, reference);
        for (long id : ids) {
            MimeMessage message = byId(id);
            if (message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No " + type + " mail to " + address);
    }

    static Calendar invite(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(partOfType(message, "text/calendar").orElseThrow()));
    }

    static String text(MimeMessage message) throws Exception {
        return partOfType(message, "text/plain").orElseThrow() + partOfType(message, "text/html").orElse("");
    }

    static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponents().getFirst();
    }

    @SuppressWarnings("unchecked")
    static String property(Calendar calendar, String name) {
        return ((Optional<Property>) (Optional<?>) calendar.getProperty(name)).orElseThrow().getValue();
    }

    @SuppressWarnings("unchecked")
    static String property(VEvent event, String name) {
        return ((Optional<Property>) (Optional<?>) event.getProperty(name)).orElseThrow().getValue();
    }

    static Optional<String> partOfType(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            if (content instanceof String s) {
                return Optional.of(s);
            }
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                Optional<String> found = partOfType(body, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
