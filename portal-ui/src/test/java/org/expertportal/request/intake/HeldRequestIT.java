package org.expertportal.request.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.expertportal.TestClock;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountLinkService;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.CapturedMails;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.privacy.ErasureService;
import org.expertportal.request.CaseStage;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14: a request from the public form with the email of an existing account is held until
 * that account's owner confirms it from the emailed link; a staff or admin email receives nothing;
 * the visitor is answered the same way in every case (docs/adr/033). Real MariaDB and mail server.
 */
class HeldRequestIT extends KaribuTest {

    static final String CONFIRMATION = "Confirm a request made with your email address";
    static final String STAFF_NOTICE = "Your address was used on the public request form";

    @Autowired
    RequestIntakeService intake;

    @Autowired
    HeldRequestJob job;

    @Autowired
    AccountLinkService links;

    @Autowired
    ConsultationService consultations;

    @Autowired
    SentMailArchive mail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ErasureService erasures;

    @AfterEach
    void wallClock() {
        ((TestClock) clock).reset();
    }

    /** An existing, active client account in an organisation, made through the form as clients are. */
    private String existingClient(String who) {
        String email = RequestFixtures.newEmail(who);
        intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        RequestFixtures.activate(jdbc, email);
        RequestFixtures.newOrganisationWith(jdbc, email);
        return email;
    }

    private long requestsOf(String email) {
        return jdbc.queryForObject("select count(*) from report_request r join account a on a.id = r.client_account_id"
                + " where a.email = ?", Long.class, email);
    }

    private long rows(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void an_existing_clients_email_holds_the_request_out_of_their_list_and_mails_them_a_link_only() {
        String email = existingClient("held");
        long organisation = rows("select organisation_id from account where email = ?", email);
        long organisationRequests = rows("select count(*) from report_request where organisation_id = ?", organisation);

        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());

        assertThat(answer.reference()).matches("ER-\\d{4}-\\d{6}");
        assertThat(Duration.between(answer.receivedAt(), answer.respondBy())).isEqualTo(Duration.ofMinutes(60));
        assertThat(rows("select count(*) from report_request where reference = ?", answer.reference()))
                .as("not a request anywhere: not in the client's list, the organisation's or the staff queue")
                .isZero();
        assertThat(requestsOf(email)).isEqualTo(1);
        assertThat(rows("select count(*) from report_request where organisation_id = ?", organisation))
                .isEqualTo(organisationRequests);
        assertThat(rows("select count(*) from held_request h join account a on a.id = h.account_id"
                + " where h.reference = ? and a.email = ?", answer.reference(), email)).isEqualTo(1);
        assertThat(rows("select count(*) from notification_outbox where reference = ?", answer.reference()))
                .as("no request alert to the client or staff").isZero();

        String text = CapturedMails.awaitText(mail, email, CONFIRMATION);
        assertThat(text).contains("/request/confirm?token=")
                .doesNotContain(answer.reference(), "Iran", "Ana Lawyer", "Lawyer & Co", "Hearing soon", "political");
        assertThat(CapturedMails.to(mail, email)).extracting(m -> m.subject())
                .doesNotContain("We received your request " + answer.reference());
    }

    @Test
    void the_link_confirms_it_once_for_that_account_only_and_the_hour_starts_then() {
        String email = existingClient("owner");
        String other = existingClient("other");
        long organisation = rows("select organisation_id from account where email = ?", email);
        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        String link = CapturedMails.awaitLink(mail, email, CONFIRMATION);
        String token = link.substring(link.indexOf("token=") + 6);

        assertThatThrownBy(() -> links.setPasswordWithLink(token, "a long enough new password 1"))
                .as("a confirmation link never sets a password").hasMessage("account-link.invalid");

        signIn(other);
        UI.getCurrent().navigate("request/confirm", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("held-request-invalid")).getText())
                .isEqualTo("This confirmation link has expired, was already used, or was sent to another account.");
        assertThat(_find(Button.class, spec -> spec.withId("confirm-request"))).isEmpty();

        signOut();
        signIn(email);
        Instant later = clock.instant().plus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MICROS);
        ((TestClock) clock).fixAt(later);
        UI.getCurrent().navigate("request/confirm", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("held-request-lead")).getText())
                .contains(answer.reference());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-request")));

        var row = jdbc.queryForMap("select r.organisation_id, r.received_at, r.first_response_due_at, r.summary"
                + " from report_request r join account a on a.id = r.client_account_id"
                + " where r.reference = ? and a.email = ?", answer.reference(), email);
        assertThat(((Number) row.get("organisation_id")).longValue()).isEqualTo(organisation);
        assertThat(row.get("summary")).isEqualTo("Hearing soon <script>alert(1)</script>");
        assertThat(rows("select count(*) from report_request where reference = ? and received_at = ?"
                + " and first_response_due_at = ?", answer.reference(), later, later.plus(Duration.ofHours(1))))
                .as("the one-hour clock starts at confirmation").isEqualTo(1);
        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isZero();
        assertThat(rows("select count(*) from notification_outbox where alert_type = 'REQUEST_RECEIVED'"
                + " and reference = ?", answer.reference())).isEqualTo(1);
        assertThat(rows("select count(*) from notification_outbox where alert_type = 'REQUEST_SUBMITTED'"
                + " and reference = ?", answer.reference())).isPositive();

        UI.getCurrent().navigate("request/confirm", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("held-request-invalid"))).as("single use").isNotNull();
        assertThat(requestsOf(email)).isEqualTo(2);
    }

    @Test
    void a_signed_in_client_asking_with_their_own_address_is_in_their_list_at_once_with_the_hour_running() {
        String email = existingClient("signed-in");
        signIn(email);

        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());

        assertThat(rows("select count(*) from report_request r join account a on a.id = r.client_account_id"
                + " where r.reference = ? and a.email = ?", answer.reference(), email))
                .as("the session proves the address is theirs: no confirmation mail to wait for").isEqualTo(1);
        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isZero();
        assertThat(rows("select count(*) from notification_outbox where reference = ?", answer.reference()))
                .as("the client and the staff on duty are alerted as for any new request").isPositive();
    }

    @Test
    void a_signed_in_client_typing_another_clients_address_is_held_like_anyone() {
        String owner = existingClient("typed-address");
        signIn(existingClient("typist"));

        SubmittedRequest answer = intake.submit(RequestFixtures.form(owner, clock), RequestFixtures.origin());

        assertThat(rows("select count(*) from report_request where reference = ?", answer.reference())).isZero();
        assertThat(rows("select count(*) from held_request h join account a on a.id = h.account_id"
                + " where h.reference = ? and a.email = ?", answer.reference(), owner)).isEqualTo(1);
    }

    @Test
    void not_me_erases_it_at_once() {
        String email = existingClient("decline");
        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        String link = CapturedMails.awaitLink(mail, email, CONFIRMATION);
        signIn(email);
        UI.getCurrent().navigate("request/confirm",
                QueryParameters.of("token", link.substring(link.indexOf("token=") + 6)));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("decline-request")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("held-request-declined"))).isNotNull();
        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isZero();
        assertThat(rows("select count(*) from report_request where reference = ?", answer.reference())).isZero();
    }

    @Test
    void never_confirmed_it_is_erased_after_seven_days_and_the_link_says_so_in_russian() {
        String email = existingClient("expired");
        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        String link = CapturedMails.awaitLink(mail, email, CONFIRMATION);

        assertThat(job.run(clock.instant().plus(Duration.ofDays(6)))).as("not yet").isGreaterThanOrEqualTo(0);
        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isEqualTo(1);
        Instant eightDaysOn = clock.instant().plus(Duration.ofDays(8));
        job.run(eightDaysOn);
        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isZero();
        assertThat(rows("select count(*) from report_request where reference = ?", answer.reference())).isZero();

        ((TestClock) clock).fixAt(eightDaysOn);
        jdbc.update("update account set preferred_language = 'ru' where email = ?", email);
        signIn(email);
        UI.getCurrent().navigate("request/confirm",
                QueryParameters.of("token", link.substring(link.indexOf("token=") + 6)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("held-request-invalid")).getText())
                .isEqualTo("Срок действия ссылки истёк, она уже использована или отправлена другой учётной записи.");
    }

    @Test
    void an_erased_account_keeps_no_held_request() {
        String email = existingClient("erased");
        SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        signIn(email);
        erasures.requestErasure(null);
        signOut();
        signIn("admin@demo.test");
        erasures.approve(erasures.pending().stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow().id());

        assertThat(rows("select count(*) from held_request where reference = ?", answer.reference())).isZero();
    }

    @Test
    void a_staff_or_admin_email_gets_the_same_answer_and_nothing_is_attached_to_the_account() {
        for (String email : new String[] {newAccount(Role.STAFF), newAccount(Role.ADMIN)}) {
            long before = requestsOf(email);
            long outboxBefore = rows("select count(*) from notification_outbox n join account a"
                    + " on a.id = n.recipient_account_id where a.email = ? and n.alert_type = 'FORM_USED_WITH_STAFF_ADDRESS'",
                    email);
            SubmittedRequest answer = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());

            assertThat(answer.reference()).matches("ER-\\d{4}-\\d{6}");
            assertThat(Duration.between(answer.receivedAt(), answer.respondBy())).isEqualTo(Duration.ofMinutes(60));
            assertThat(requestsOf(email)).isEqualTo(before);
            assertThat(rows("select count(*) from report_request where reference = ?", answer.reference())).isZero();
            assertThat(rows("select count(*) from held_request where reference = ? and account_id is null"
                    + " and submission is null and account_link_id is null", answer.reference()))
                    .as("nothing of the form and no account is kept").isEqualTo(1);
            assertThat(rows("select count(*) from notification_outbox n join account a"
                    + " on a.id = n.recipient_account_id where a.email = ? and n.alert_type = 'FORM_USED_WITH_STAFF_ADDRESS'",
                    email)).isEqualTo(outboxBefore + 1);
        }
    }

    @Test
    void the_staff_address_is_told_in_its_language_that_nothing_was_created() {
        String email = newAccount(Role.STAFF);
        intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        assertThat(CapturedMails.awaitText(mail, email, STAFF_NOTICE)).contains("nothing was created")
                .doesNotContain("Iran", "Ana Lawyer", "Hearing soon");
    }

    /** A new staff or admin account, so that the per-email hourly limit of the form never spills between runs. */
    private String newAccount(Role role) {
        String email = RequestFixtures.newEmail(role.name().toLowerCase(Locale.ROOT));
        accounts.save(AccountFixtures.withPasswordHash(email, "Staff Member", role, "{noop}unused", clock));
        return email;
    }

    @Test
    void the_visitor_sees_the_same_page_for_a_new_email_an_existing_client_and_staff() {
        String client = existingClient("same-page");
        // The form allows five requests an hour from one network address, and every Karibu visitor has the
        // same one: this test's hour is its own. Within two years of now: MariaDB's TIMESTAMP ends in January 2038,
        // and a hundred thousand hours from 2026 had reached past it.
        ((TestClock) clock).fixAt(clock.instant().plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(1, 17_520))));
        String newcomer = submitThroughTheForm(RequestFixtures.newEmail("new-visitor"));
        String forClient = submitThroughTheForm(client);
        String forStaff = submitThroughTheForm(newAccount(Role.STAFF));

        assertThat(forClient).isEqualTo(newcomer);
        assertThat(forStaff).isEqualTo(newcomer);
        assertThat(newcomer).contains("We will respond by", "Free consultation");
    }

    @Test
    void the_answer_takes_comparable_time_for_a_new_email_an_existing_client_and_staff() {
        int rounds = 7;
        List<String> clients = new ArrayList<>();
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            clients.add(existingClient("timing"));
            staff.add(newAccount(Role.STAFF));
        }
        intake.submit(RequestFixtures.form(RequestFixtures.newEmail("warm-up"), clock), RequestFixtures.origin());
        long[][] nanos = new long[3][rounds];
        for (int i = 0; i < rounds; i++) {
            // Interleaved, so that whatever else the machine does falls on all three alike.
            nanos[0][i] = timed(RequestFixtures.newEmail("timing-new"));
            nanos[1][i] = timed(clients.get(i));
            nanos[2][i] = timed(staff.get(i));
        }
        long newEmail = median(nanos[0]);
        long client = median(nanos[1]);
        long staffAddress = median(nanos[2]);
        // Milliseconds apart at most, where a network adds tens: no password hashing, no mail sent inline.
        assertThat(Math.abs(client - newEmail)).as("client %d ms, new %d ms", client / 1_000_000, newEmail / 1_000_000)
                .isLessThan(Duration.ofMillis(150).toNanos());
        assertThat(Math.abs(staffAddress - newEmail))
                .as("staff %d ms, new %d ms", staffAddress / 1_000_000, newEmail / 1_000_000)
                .isLessThan(Duration.ofMillis(150).toNanos());
    }

    private long timed(String email) {
        long start = System.nanoTime();
        intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Fills in the public form as a visitor, and returns the page's text without the reference. */
    @SuppressWarnings("unchecked")
    private String submitThroughTheForm(String email) {
        newBrowserSession();
        UI.getCurrent().navigate("request", QueryParameters.fromString("country=iran"));
        ((RadioButtonGroup<RequesterKind>) _get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")))
                .setValue(RequesterKind.APPLICANT);
        _get(TextField.class, spec -> spec.withId("name")).setValue("Reza");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email")).setValue(Boolean.TRUE);
        ((RadioButtonGroup<CaseStage>) _get(RadioButtonGroup.class, spec -> spec.withId("stage")))
                .setValue(CaseStage.INITIAL_CLAIM);
        ((CheckboxGroup<RequestedService>) _get(CheckboxGroup.class, spec -> spec.withId("services")))
                .setValue(Set.of(RequestedService.CONSULTATION));
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));
        return _get(Div.class, spec -> spec.withId("request-form")).getElement().getTextRecursively()
                .replaceAll("ER-\\d{4}-\\d{6}", "ER-…");
    }

    @Test
    void the_pass_of_a_held_request_lists_slots_like_any_other_but_books_nothing() {
        String email = existingClient("pass");
        SubmittedRequest held = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        SubmittedRequest staff = intake.submit(RequestFixtures.form(newAccount(Role.ADMIN), clock), RequestFixtures.origin());

        consultations.freeSlotsWithPass(held.bookingPass());
        consultations.freeSlotsWithPass(staff.bookingPass());
        assertThatThrownBy(() -> consultations.bookWithPass(held.bookingPass(), clock.instant().plus(Duration.ofDays(2)),
                "Europe/London")).isInstanceOf(DomainException.class).hasMessage("consultation.refused.pass-expired");
        assertThat(rows("select count(*) from consultation c join report_request r on r.id = c.request_id"
                + " where r.reference = ?", held.reference())).isZero();
    }
}
