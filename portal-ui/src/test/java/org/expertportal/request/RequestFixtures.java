package org.expertportal.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestSubmission;
import org.springframework.jdbc.core.JdbcTemplate;

/** Request forms and organisations for the request tests; every email is new, so tests never collide. */
public final class RequestFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RequestFixtures() {}

    public static String newEmail(String who) {
        return who + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@requests.test";
    }

    /** A full request from {@code email}, the hearing nine days after today by {@code clock}. */
    public static RequestSubmission form(String email, Clock clock) {
        return new RequestSubmission(RequesterKind.LAW_FIRM, "Ana Lawyer", "Lawyer & Co", email, "+44 20 7946 0000",
                null, ContactChannel.EMAIL, true, false, false, "IR", List.of("political-persecution"),
                CaseStage.APPEAL, LocalDate.now(clock).plusDays(9), true, "en", "Hearing soon <script>alert(1)</script>",
                Set.of(RequestedService.FULL_REPORT, RequestedService.EXPERT_CV), true, "");
    }

    /** A distinct client address per call, so that the per-address limit never spills between tests. */
    public static IntakeOrigin origin() {
        return new IntakeOrigin("198.51.100." + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                ZoneId.of("America/Mexico_City"), Locale.ENGLISH);
    }

    /** Puts the account of {@code email} in a new organisation (as the admin screens will); returns its id. */
    public static long newOrganisationWith(JdbcTemplate jdbc, String... emails) {
        jdbc.update("insert into organisation (version, name, created_at) values (0, ?, now(6))",
                "Firm " + SEQUENCE.incrementAndGet());
        Long id = jdbc.queryForObject("select max(id) from organisation", Long.class);
        for (String email : emails) {
            jdbc.update("update account set organisation_id = ? where email = ?", id, email);
        }
        return id;
    }

    /** Lets the account of {@code email} sign in (the demo client's password), as an accepted invitation would. */
    public static void activate(JdbcTemplate jdbc, String email) {
        jdbc.update("update account set password_hash = (select h from (select password_hash h from account"
                + " where email = 'client@demo.test') d) where email = ?", email);
    }
}
