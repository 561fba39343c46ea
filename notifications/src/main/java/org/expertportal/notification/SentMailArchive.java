package org.expertportal.notification;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo profile only: every mail sent is also written as an {@code .eml} file under
 * {@code PORTAL_DATA_DIR/mail/}, so that a demo can show what recipients get without a mail client.
 */
public class SentMailArchive {

    /** One captured mail, as the admin list shows it. */
    public record CapturedMail(String fileName, String subject, String to, Instant sentAt) {}

    private static final Logger log = LoggerFactory.getLogger(SentMailArchive.class);
    private static final Pattern FILE_NAME = Pattern.compile("[0-9TZ]+-[0-9]+\\.eml");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public SentMailArchive(Path folder) {
        this.folder = folder;
    }

    void keep(long outboxId, MimeMessage message) {
        Path file = folder.resolve(STAMP.format(Instant.now()) + "-" + outboxId + ".eml");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            // The mail went out; only the demo copy is missing.
            log.warn("Outbox {}: demo copy not written: {}", outboxId, e.getClass().getSimpleName());
        }
    }

    /** Newest first. */
    public List<CapturedMail> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .map(this::summary)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Captured mail folder unreadable", e);
        }
    }

    /** The plain-text part of one captured mail; empty for a name that is not a captured mail. */
    public Optional<String> textOf(String fileName) {
        return read(fileName).map(message -> {
            try {
                return textPart(message).orElse("");
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Captured mail unreadable", e);
            }
        });
    }

    /** The HTML part of one captured mail (its language and direction are on {@code <html>}). */
    public Optional<String> htmlOf(String fileName) {
        return read(fileName).map(message -> {
            try {
                return part(message, "text/html").orElse("");
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Captured mail unreadable", e);
            }
        });
    }

    private Optional<CapturedMail> summary(Path file) {
        return read(file.getFileName().toString()).map(message -> {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                return new CapturedMail(file.getFileName().toString(), message.getSubject(),
                        to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant());
            } catch (MessagingException e) {
                throw new IllegalStateException("Captured mail unreadable", e);
            }
        });
    }

    private Optional<MimeMessage> read(String fileName) {
        // Only names this archive writes: nothing outside the folder can be asked for.
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new MimeMessage(session, in));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Captured mail unreadable", e);
        }
    }

    private static Optional<String> textPart(Part part) throws MessagingException, IOException {
        return part(part, "text/plain");
    }

    private static Optional<String> part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                Optional<String> text = part(body, type);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
