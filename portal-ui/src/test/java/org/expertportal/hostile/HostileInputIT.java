package org.expertportal.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.expertportal.account.AccountAdministration;
import org.expertportal.account.AccountLinkService;
import org.expertportal.account.AccountService;
import org.expertportal.account.OrganisationService;
import org.expertportal.country.ArticlePublication;
import org.expertportal.country.CountryEditingService;
import org.expertportal.country.SourceDraft;
import org.expertportal.expert.Availability;
import org.expertportal.expert.CvSection;
import org.expertportal.expert.ExpertDraft;
import org.expertportal.expert.ExpertService;
import org.expertportal.expert.FeeBasis;
import org.expertportal.identity.Role;
import org.expertportal.privacy.ErasureService;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile-input suite (#14): what a probe types into the public request form, the thread, the
 * workbench's notes, account and organisation fields, each refused cleanly through the same use case
 * the screen calls (a field message or a refusal message that exists in English and Russian, never
 * an unexpected exception), with the rows of every table it could have written counted before and
 * after: nothing half-saved. Addresses and slugs: {@link HostileAddressIT}.
 */
class HostileInputIT extends KaribuTest {

    /** The tables any of these use cases writes to; each case checks them all. */
    private static final List<String> TABLES = List.of("report_request", "request_event", "request_message",
            "request_internal_note", "intake_attempt", "request_intake_pass", "account", "account_link",
            "organisation", "erasure_request", "notification_outbox", "expert", "expert_cv_entry", "country_article",
            "article_source");

    private static final String INVISIBLE = "text.invalid.invisible-characters";
    private static final String CONTROL = "text.invalid.control-characters";
    private static final String REQUIRED = "request.invalid.required";
    private static final String TOO_LONG = "request.invalid.too-long";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountLinkService links;

    @Autowired
    AccountAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ErasureService erasure;

    @Autowired
    ExpertService experts;

    @Autowired
    CountryEditingService countries;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequest() {
        client = RequestFixtures.newEmail("hostile");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
    }

    // ---- the public request form --------------------------------------------------------------

    static Stream<Arguments> publicForm() {
        return Stream.of(
                form("name: right-to-left override", f -> f.name = "Anna \u202Efdp.exe", "name", INVISIBLE),
                form("name: left-to-right override", f -> f.name = "\u202DAnna", "name", INVISIBLE),
                form("name: right-to-left isolate", f -> f.name = "\u2067Anna\u2069", "name", INVISIBLE),
                form("name: right-to-left mark", f -> f.name = "Anna\u200F", "name", INVISIBLE),
                form("name: zero-width space", f -> f.name = "An\u200Bna", "name", INVISIBLE),
                form("name: byte-order mark", f -> f.name = "\uFEFFAnna", "name", INVISIBLE),
                form("name: NUL", f -> f.name = "Anna\u0000", "name", CONTROL),
                form("name: line break", f -> f.name = "Anna\nSmith", "name", CONTROL),
                form("name: terminal escape", f -> f.name = "\u001B[2JAnna", "name", CONTROL),
                form("name: half a surrogate pair", f -> f.name = "Anna\uD800", "name", CONTROL),
                form("name: no-break spaces only", f -> f.name = "\u00A0\u2007\u202F", "name", REQUIRED),
                form("name: Hangul filler only", f -> f.name = "\u3164\u3164", "name", REQUIRED),
                form("name: 121 characters", f -> f.name = "a".repeat(121), "name", TOO_LONG),
                form("name: 100,000 characters", f -> f.name = "a".repeat(100_000), "name", TOO_LONG),
                form("organisation: right-to-left override", f -> f.organisation = "Lawyer \u202E& Co", "organisation",
                        INVISIBLE),
                form("organisation: tab", f -> f.organisation = "Lawyer\t& Co", "organisation", CONTROL),
                form("organisation: word joiner", f -> f.organisation = "Law\u2060yer", "organisation", INVISIBLE),
                form("organisation: 201 characters", f -> f.organisation = "o".repeat(201), "organisation", TOO_LONG),
                form("email: right-to-left override", f -> f.email = "anna\u202E@example.org", "email", INVISIBLE),
                form("email: header injection", f -> f.email = "anna@example.org\r\nBcc: all@evil.test", "email",
                        CONTROL),
                form("email: zero-width space in the domain", f -> f.email = "anna@exam\u200Bple.org", "email",
                        INVISIBLE),
                form("email: NUL", f -> f.email = "anna\u0000@example.org", "email", CONTROL),
                form("email: no @", f -> f.email = "anna.example.org", "email", "request.invalid.email"),
                form("email: two @", f -> f.email = "a@b@example.org", "email", "request.invalid.email"),
                form("email: 300 characters", f -> f.email = "a".repeat(288) + "@example.org", "email",
                        "request.invalid.email"),
                form("email: SQL", f -> f.email = "' OR 1=1 --", "email", "request.invalid.email"),
                form("email: full-width @", f -> f.email = "anna\uFF20example.org", "email", "request.invalid.email"),
                form("phone: words", f -> f.phone = "call me maybe", "phone", "request.invalid.phone"),
                form("phone: right-to-left override", f -> f.phone = "+44\u202E 20 7946 0000", "phone", INVISIBLE),
                form("phone: NUL", f -> f.phone = "+44 20 7946 0000\u0000", "phone", CONTROL),
                form("phone: 16 digits", f -> f.phone = "+1234567890123456", "phone", "request.invalid.phone"),
                form("phone: SQL", f -> f.phone = "1; DROP TABLE account", "phone", "request.invalid.phone"),
                form("phone: Arabic-Indic digits", f -> f.phone = "+\u0664\u0664\u0662\u0660\u0667\u0669\u0664\u0666",
                        "phone", "request.invalid.phone"),
                form("whatsapp: a second line", f -> f.whatsapp = "+44 20 7946 0000\n+1 555 0100", "whatsapp", CONTROL),
                form("summary: right-to-left override", f -> f.summary = "Hearing \u202Edaeh\u202C soon", "summary",
                        INVISIBLE),
                form("summary: left-to-right isolate", f -> f.summary = "Hearing \u2066soon", "summary", INVISIBLE),
                form("summary: NUL", f -> f.summary = "Hearing\u0000soon", "summary", CONTROL),
                form("summary: terminal hyperlink escape", f -> f.summary = "\u001B]8;;http://evil.test\u001B\\x",
                        "summary", CONTROL),
                form("summary: 2,001 characters", f -> f.summary = "s".repeat(2001), "summary", TOO_LONG),
                form("summary: one megabyte", f -> f.summary = "s".repeat(1 << 20), "summary", TOO_LONG),
                form("summary: half a surrogate pair", f -> f.summary = "Hearing \uDC00", "summary", CONTROL),
                form("country: unknown code", f -> f.countryCode = "XX", "countryCode", "request.invalid.country"),
                form("country: a path", f -> f.countryCode = "../../etc/passwd", "countryCode",
                        "request.invalid.country"),
                form("country: SQL", f -> f.countryCode = "IR' OR '1'='1", "countryCode", "request.invalid.country"),
                form("country: NUL inside", f -> f.countryCode = "I\u0000R", "countryCode", "request.invalid.country"),
                form("country: 10,000 characters", f -> f.countryCode = "I".repeat(10_000), "countryCode",
                        "request.invalid.country"),
                form("themes: SQL", f -> f.themeKeys = List.of("political-persecution", "' OR 1=1 --"), "themeKeys",
                        "request.invalid.theme"),
                form("themes: a path", f -> f.themeKeys = List.of("../x"), "themeKeys", "request.invalid.theme"),
                form("language: unknown", f -> f.language = "xx", "preferredLanguage", "request.invalid.language"),
                form("language: NUL", f -> f.language = "en\u0000", "preferredLanguage", "request.invalid.language"),
                form("language: markup", f -> f.language = "<script>", "preferredLanguage",
                        "request.invalid.language"));
    }

    @ParameterizedTest(name = "public form, {0}")
    @MethodSource("publicForm")
    void the_public_form_refuses_hostile_input_field_by_field_and_stores_nothing(String label, Consumer<Form> spoil,
            String field, String key) {
        Form form = new Form(RequestFixtures.newEmail("form"));
        spoil.accept(form);
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> intake.submit(form.submission(), RequestFixtures.origin())).as(label)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry(field, key));
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
    }

    // ---- the thread, the workbench -------------------------------------------------------------

    static Stream<Arguments> messages() {
        return Stream.of(
                text("right-to-left override", "Please \u202Ecall me", INVISIBLE),
                text("pop directional isolate alone", "Hello\u2069", INVISIBLE),
                text("left-to-right embedding", "\u202AHello", INVISIBLE),
                text("NUL", "Hello\u0000", CONTROL),
                text("terminal escape", "\u001B[31mred", CONTROL),
                text("vertical tab", "a\u000Bb", CONTROL),
                text("no-break spaces only", "\u00A0 \u00A0", REQUIRED),
                text("zero-width spaces only", "\u200B\u200B", REQUIRED),
                text("5,001 characters", "m".repeat(5001), TOO_LONG),
                text("half a surrogate pair", "Hello \uD83D", CONTROL));
    }

    @ParameterizedTest(name = "client message, {0}")
    @MethodSource("messages")
    void a_clients_message_with_hostile_text_is_refused_and_not_stored(String label, String body, String key) {
        signIn(client);
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> tracking.sendMessage(reference, body)).as(label)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("body", key));
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
    }

    static Stream<Arguments> staffTexts() {
        return Stream.of(
                staff("reply: right-to-left override", Work.REPLY, "We \u202Ewill call", "body", INVISIBLE),
                staff("reply: NUL", Work.REPLY, "We will\u0000 call", "body", CONTROL),
                staff("reply: no-break spaces only", Work.REPLY, "\u00A0", "body", REQUIRED),
                staff("reply: 5,001 characters", Work.REPLY, "r".repeat(5001), "body", TOO_LONG),
                staff("internal note: right-to-left isolate", Work.NOTE, "Check \u2067the ID\u2069", "body", INVISIBLE),
                staff("internal note: bell", Work.NOTE, "Check\u0007", "body", CONTROL),
                staff("internal note: 5,001 characters", Work.NOTE, "n".repeat(5001), "body", TOO_LONG),
                staff("status note: left-to-right embedding", Work.STATUS_NOTE, "\u202AAcknowledged", "note", INVISIBLE),
                staff("status note: escape", Work.STATUS_NOTE, "Acknowledged\u001B[0m", "note", CONTROL),
                staff("status note: 2,001 characters", Work.STATUS_NOTE, "n".repeat(2001), "note", TOO_LONG));
    }

    @ParameterizedTest(name = "staff, {0}")
    @MethodSource("staffTexts")
    void staff_text_with_hostile_characters_is_refused_and_not_stored(String label, Work work, String text, String field,
            String key) {
        signIn("staff@demo.test");
        long version = jdbc.queryForObject("select version from report_request where reference = ?", Long.class,
                reference);
        Map<String, Long> before = rows();
        String requestBefore = requestRow();

        assertThatThrownBy(() -> {
            switch (work) {
                case REPLY -> handling.reply(reference, version, text);
                case NOTE -> handling.addNote(reference, text);
                case STATUS_NOTE -> handling.changeStatus(reference, version, RequestStatus.ACKNOWLEDGED, null, text);
            }
        }).as(label).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldErrors()).containsEntry(field, key));
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
        assertThat(requestRow()).as("the request itself").isEqualTo(requestBefore);
    }

    static Stream<Arguments> staffRoutes() {
        return Stream.of(
                Arguments.of("SQL", "ER-2026-000041' OR '1'='1"),
                Arguments.of("UNION SELECT", "x UNION SELECT password_hash FROM account"),
                Arguments.of("Cyrillic E", "\u0415R-2026-000041"),
                Arguments.of("full-width digits", "ER-\uFF12\uFF10\uFF12\uFF16-000041"),
                Arguments.of("right-to-left override", "ER-2026-000041\u202E"),
                Arguments.of("zero-width space", "\u200BER-2026-000041"),
                Arguments.of("session id", "ER-2026-000041;jsessionid=ABC"),
                Arguments.of("5,000 characters", "9".repeat(5000)),
                Arguments.of("seven digits with a leading zero", "ER-2026-0000041"),
                Arguments.of("markup", "<img src=x onerror=alert(1)>"),
                Arguments.of("a file extension", "ER-2026-000041.json"),
                Arguments.of("NUL inside", "ER-2026-\u0000000041"));
    }

    @ParameterizedTest(name = "staff request page, {0}")
    @MethodSource("staffRoutes")
    void an_odd_reference_in_the_staff_request_route_shows_the_not_found_page(String label, String odd) {
        signIn("staff@demo.test");
        Map<String, Long> before = rows();

        UI.getCurrent().navigate("staff/requests/" + odd);

        assertThat(currentView().getSimpleName()).as(label).isEqualTo("NotFoundView");
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
    }

    // ---- account and organisation fields -------------------------------------------------------

    static Stream<Arguments> accountFields() {
        return Stream.of(
                account("name: right-to-left override", Change.NAME, "Anna \u202Efdp.exe", INVISIBLE),
                account("name: line break", Change.NAME, "Anna\nAdmin", CONTROL),
                account("name: zero-width joiner between Latin letters", Change.NAME, "An\u200Dna", INVISIBLE),
                account("name: NUL", Change.NAME, "Anna\u0000", CONTROL),
                account("name: no-break spaces only", Change.NAME, "\u00A0\u00A0", "account.name.invalid"),
                account("name: Hangul filler only", Change.NAME, "\u3164", "account.name.invalid"),
                account("name: 121 characters", Change.NAME, "a".repeat(121), "account.name.invalid"),
                account("new email: right-to-left override", Change.EMAIL, "anna\u202E@example.org",
                        "account.email.invalid"),
                account("new email: header injection", Change.EMAIL, "anna@example.org\r\nBcc: all@evil.test",
                        "account.email.invalid"),
                account("new email: no @", Change.EMAIL, "anna.example.org", "account.email.invalid"),
                account("new email: 300 characters", Change.EMAIL, "a".repeat(288) + "@example.org",
                        "account.email.invalid"),
                account("new email: wrong current password", Change.EMAIL_WRONG_PASSWORD, "new@example.org",
                        "password.refused.current-wrong"),
                account("password: wrong current password", Change.PASSWORD_WRONG_CURRENT, "a long new passphrase",
                        "password.refused.current-wrong"),
                account("password: 11 characters", Change.PASSWORD, "short-pass1", "password.refused.too-short"),
                account("password: 129 characters", Change.PASSWORD, "p".repeat(64) + "q".repeat(65),
                        "password.refused.too-long"),
                account("password: 100,000 characters", Change.PASSWORD, "pq".repeat(50_000),
                        "password.refused.too-long"),
                account("password: one character repeated", Change.PASSWORD, "\u0000".repeat(20),
                        "password.refused.one-character"),
                account("password: a common one", Change.PASSWORD, "password1234", "password.refused.common"),
                account("region: unknown", Change.REGION, "XX", "region.unknown"),
                account("region: a path", Change.REGION, "../", "region.unknown"),
                account("region: NUL", Change.REGION, "GB\u0000", "region.unknown"),
                account("region: SQL", Change.REGION, "' OR 1=1 --", "region.unknown"),
                account("region: full-width letters", Change.REGION, "\uFF27\uFF22", "region.unknown"),
                account("region: 100,000 characters", Change.REGION, "G".repeat(100_000), "region.unknown"),
                account("erasure reason: right-to-left override", Change.ERASURE_REASON, "Please \u202Eerase", INVISIBLE),
                account("erasure reason: NUL", Change.ERASURE_REASON, "Please\u0000", CONTROL));
    }

    @ParameterizedTest(name = "account, {0}")
    @MethodSource("accountFields")
    void a_client_changing_their_account_with_hostile_input_is_refused_and_nothing_changes(String label, Change change,
            String value, String key) {
        signIn(client);
        Map<String, Long> before = rows();
        String accountBefore = accountRow(client);

        assertThatThrownBy(() -> {
            switch (change) {
                case NAME -> accounts.rename(value);
                case EMAIL -> links.requestEmailChange("demo-client-pass", value);
                case EMAIL_WRONG_PASSWORD -> links.requestEmailChange("' OR '1'='1", value);
                case PASSWORD -> accounts.changePassword("demo-client-pass", value);
                case PASSWORD_WRONG_CURRENT -> accounts.changePassword("demo-client-pass\u0000", value);
                case REGION -> accounts.changeRegion(value);
                case ERASURE_REASON -> erasure.requestErasure(value);
            }
        }).as(label).isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
        assertThat(accountRow(client)).as("the account").isEqualTo(accountBefore);
    }

    static Stream<Arguments> administration() {
        return Stream.of(
                admin("new organisation: right-to-left override", Admin.ORGANISATION, "Firm \u202ELLP", null, INVISIBLE),
                admin("new organisation: NUL", Admin.ORGANISATION, "Firm\u0000", null, CONTROL),
                admin("new organisation: no-break spaces only", Admin.ORGANISATION, "\u00A0", null,
                        "organisation.name.invalid"),
                admin("new organisation: 201 characters", Admin.ORGANISATION, "f".repeat(201), null,
                        "organisation.name.invalid"),
                admin("invitation: name with an override", Admin.INVITE, "Anna \u202Enimda", "invitee@example.org",
                        INVISIBLE),
                admin("invitation: email with an override", Admin.INVITE, "Anna", "anna\u202E@example.org",
                        "account.email.invalid"),
                admin("invitation: email with a header injection", Admin.INVITE, "Anna",
                        "anna@example.org\nBcc: all@evil.test", "account.email.invalid"));
    }

    @ParameterizedTest(name = "admin, {0}")
    @MethodSource("administration")
    void an_administrators_hostile_input_is_refused_and_nothing_is_created(String label, Admin what, String name,
            String email, String key) {
        signIn("admin@demo.test");
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> {
            switch (what) {
                case ORGANISATION -> organisations.createOrganisation(name);
                case INVITE -> administration.invite(
                        email.equals("invitee@example.org") ? RequestFixtures.newEmail("invitee") : email, name,
                        Role.CLIENT, null, false);
            }
        }).as(label).isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
    }

    static Stream<Arguments> expertsAndCountries() {
        return Stream.of(
                edit("expert name: right-to-left override", d -> d.name = "Dr \u202Ednes", "name", INVISIBLE),
                edit("expert title: right-to-left mark", d -> d.title = "Analyst\u200F", "title", INVISIBLE),
                edit("expert bio: NUL", d -> d.bio = "Writes\u0000", "bio", CONTROL),
                edit("expert conflict notes: isolate", d -> d.conflictNotes = "\u2067Ministry\u2069", "conflictNotes",
                        INVISIBLE),
                edit("expert CV line: a line break inside", d -> d.cvLine = "2010: MA\n2011: PhD", "cv.education",
                        CONTROL),
                edit("expert slug: zero-width space", d -> d.slug = "dr\u200B-x", "slug", "expert.invalid.slug"),
                edit("country article: right-to-left override", d -> d.markdown = "Intro \u202Eesrever", "article",
                        INVISIBLE),
                edit("country article: escape", d -> d.markdown = "Intro\u001B[8m hidden", "article", CONTROL),
                edit("country source title: zero-width space", d -> d.sourceTitle = "World\u200B Report", "article",
                        INVISIBLE),
                edit("country source publisher: line break", d -> d.sourcePublisher = "HRW\nBcc: x", "article",
                        CONTROL));
    }

    @ParameterizedTest(name = "admin, {0}")
    @MethodSource("expertsAndCountries")
    void an_administrators_expert_or_country_edit_with_hidden_characters_is_refused_and_nothing_changes(String label,
            Consumer<Edit> spoil, String field, String key) {
        signIn("admin@demo.test");
        Edit edit = new Edit();
        spoil.accept(edit);
        Map<String, Long> before = rows();

        if (field.equals("article")) {
            ArticlePublication current = countries.editableVersion("kyrgyzstan");
            var publication = new ArticlePublication(current.basedOnVersion(), edit.markdown,
                    List.of(new SourceDraft(edit.sourceTitle, edit.sourcePublisher, 2025, null)), current.themeKeys(),
                    LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusMonths(12));
            assertThatThrownBy(() -> countries.publish("kyrgyzstan", publication)).as(label)
                    .isInstanceOfSatisfying(DomainException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo(key));
        } else {
            assertThatThrownBy(() -> experts.create(edit.expert())).as(label)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.fieldErrors()).containsEntry(field, key));
        }
        assertTranslated(key);
        assertThat(rows()).as(label + ": rows of every table").isEqualTo(before);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    enum Work { REPLY, NOTE, STATUS_NOTE }

    enum Change { NAME, EMAIL, EMAIL_WRONG_PASSWORD, PASSWORD, PASSWORD_WRONG_CURRENT, REGION, ERASURE_REASON }

    enum Admin { ORGANISATION, INVITE }

    private static Arguments form(String label, Consumer<Form> spoil, String field, String key) {
        return Arguments.of(label, spoil, field, key);
    }

    private static Arguments text(String label, String body, String key) {
        return Arguments.of(label, body, key);
    }

    private static Arguments staff(String label, Work work, String text, String field, String key) {
        return Arguments.of(label, work, text, field, key);
    }

    private static Arguments account(String label, Change change, String value, String key) {
        return Arguments.of(label, change, value, key);
    }

    private static Arguments admin(String label, Admin what, String name, String email, String key) {
        return Arguments.of(label, what, name, email, key);
    }

    /** The refusal reads as a sentence in both languages, not as its key, and the Russian one in Cyrillic. */
    private static void assertTranslated(String key) {
        UI ui = UI.getCurrent();
        String english = ui.getTranslation(Locale.ENGLISH, key, 120, 12, 128);
        String russian = ui.getTranslation(Locale.forLanguageTag("ru"), key, 120, 12, 128);
        assertThat(english).as("English for " + key).isNotBlank().doesNotContain(key).doesNotStartWith("!");
        assertThat(russian).as("Russian for " + key).isNotEqualTo(english).containsPattern("\\p{IsCyrillic}");
    }

    private Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private String requestRow() {
        return jdbc.queryForMap("select version, status, first_responded_at from report_request where reference = ?",
                reference).toString();
    }

    private String accountRow(String email) {
        return jdbc.queryForMap("select display_name, email, password_hash, region from account where email = ?", email)
                .toString();
    }

    private static Arguments edit(String label, Consumer<Edit> spoil, String field, String key) {
        return Arguments.of(label, spoil, field, key);
    }

    /** An expert and a country article an administrator fills in, valid until a case spoils a field. */
    static final class Edit {
        String name = "Dr Hostile Test";
        String slug = "hostile-" + System.nanoTime();
        String title = "Country analyst";
        String bio = "Writes about risk on return.";
        String conflictNotes = "None.";
        String cvLine = "2010: MA, Asian studies";
        String markdown = "Intro.\n\n## 1. Detention\n\nText.";
        String sourceTitle = "World Report 2025";
        String sourcePublisher = "Human Rights Watch";

        ExpertDraft expert() {
            return new ExpertDraft(name, slug, title, bio, 7, 3, FeeBasis.REDUCED, Availability.AVAILABLE, null,
                    Set.of("MN"), Set.of("political-persecution"), Set.of("en"), conflictNotes,
                    Map.of(CvSection.EDUCATION, List.of(cvLine)));
        }
    }

    /** The public form's fields, valid until a case spoils one of them. */
    static final class Form {
        String name = "Ana Lawyer";
        String organisation = "Lawyer & Co";
        String email;
        String phone = "+44 20 7946 0000";
        String whatsapp = null;
        String countryCode = "IR";
        List<String> themeKeys = List.of("political-persecution");
        String language = "en";
        String summary = "Hearing soon";

        Form(String email) {
            this.email = email;
        }

        RequestSubmission submission() {
            return new RequestSubmission(RequesterKind.LAW_FIRM, name, organisation, email, phone, whatsapp,
                    ContactChannel.EMAIL, true, false, false, countryCode, new ArrayList<>(themeKeys), CaseStage.APPEAL,
                    LocalDate.of(2999, 1, 1), true, language, summary, Set.of(RequestedService.FULL_REPORT), true, "");
        }
    }
}
