package org.expertportal.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.expertportal.document.DocumentSink;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestSubmission;
import org.springframework.jdbc.core.JdbcTemplate;

/** Clients with requests for the privacy tests; every email and name is new, so tests never collide. */
final class PrivacyFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PrivacyFixtures() {}

    static String newEmail(String who) {
        return who + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@privacy.test";
    }

    static RequestSubmission form(String email, String name, String summary, Clock clock) {
        return new RequestSubmission(RequesterKind.APPLICANT, name, null, email, "+44 20 7946 0" + (100 + SEQUENCE
                .incrementAndGet() % 800), "+44 7700 900" + (100 + SEQUENCE.incrementAndGet() % 800),
                ContactChannel.EMAIL, true, false, true, "IR", List.of("political-persecution"), CaseStage.APPEAL,
                LocalDate.now(clock).plusDays(20), true, "en", summary, Set.of(RequestedService.FULL_REPORT), true, "");
    }

    static IntakeOrigin origin() {
        return new IntakeOrigin("203.0.113." + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                ZoneId.of("Europe/London"), Locale.ENGLISH);
    }

    /** Lets the account sign in with the demo client's password, as an accepted invitation would. */
    static void activate(JdbcTemplate jdbc, String email, String displayName) {
        jdbc.update("update account set display_name = ?, password_hash = (select h from (select password_hash h"
                + " from account where email = 'client@demo.test') d) where email = ?", displayName, email);
    }

    static long newOrganisationWith(JdbcTemplate jdbc, String... emails) {
        jdbc.update("insert into organisation (version, name, created_at) values (0, ?, now(6))",
                "Privacy Firm " + SEQUENCE.incrementAndGet());
        Long id = jdbc.queryForObject("select max(id) from organisation", Long.class);
        for (String email : emails) {
            jdbc.update("update account set organisation_id = ? where email = ?", id, email);
        }
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where a.organisation_id = ?", id);
        return id;
    }

    /** What an export sent: the archive's entries by name, and the file name and type offered. */
    record Archive(String fileName, String mediaType, Map<String, byte[]> entries) {

        String text(String entry) {
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw new AssertionError("no entry " + entry + " in " + entries.keySet());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String all() {
            StringBuilder all = new StringBuilder();
            entries.forEach((name, bytes) -> all.append(name).append('\n')
                    .append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n'));
            return all.toString();
        }
    }

    /** Runs an export into memory and unpacks it. */
    static Archive export(java.util.function.Consumer<DocumentSink> export) throws IOException {
        var bytes = new ByteArrayOutputStream();
        String[] offered = new String[2];
        export.accept((fileName, mediaType, length) -> {
            offered[0] = fileName;
            offered[1] = mediaType;
            return bytes;
        });
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(bytes.toByteArray());
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return new Archive(offered[0], offered[1], entries);
    }
}
