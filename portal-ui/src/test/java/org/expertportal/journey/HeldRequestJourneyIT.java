package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.expertportal.account.CapturedMails;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.SubmittedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14 in a real browser (docs/adr/033): a visitor who types the email of an existing client
 * sees exactly the page a new visitor sees; the request joins the client's list only once the
 * client, signed in, confirms it from the emailed link.
 */
@BrowserJourney
class HeldRequestJourneyIT {

    @Autowired
    SentMailArchive mail;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestIntakeService intake;

    @Test
    @Where(Browser.Context.DESKTOP_GB)
    void a_visitor_sees_the_same_answer_and_the_account_owner_confirms_the_request_from_the_link(Journey journey) {
        // An existing client (made through the form, password set as an accepted invitation would).
        String client = RequestFixtures.newEmail("held-journey");
        SubmittedRequest first = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin());
        RequestFixtures.activate(jdbc, client);

        String newcomersPage = submit(journey, RequestFixtures.newEmail("newcomer-journey"));
        String visitorsPage = submit(journey, client);
        assertThat(visitorsPage).isEqualTo(newcomersPage);
        Page page = journey.page();
        String reference = page.locator("#request-reference").textContent().replace("Your reference: ", "").strip();
        assertThat(jdbc.queryForObject("select count(*) from report_request where reference = ?", Long.class,
                reference)).isZero();

        String link = CapturedMails.awaitLink(mail, client, "Confirm a request made with your email address");
        page.navigate(journey.url(link));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // Signing in brings the client back to the link's page: nothing happened yet.
        journey.submitPassword(client, "demo-client-pass");
        page.waitForURL(Pattern.compile(".*/request/confirm\\?token=.*"));
        assertThat(page.locator("#held-request-lead")).containsText(reference);
        page.navigate(journey.url("/my/requests"));
        assertThat(page.locator("#request-" + first.reference())).isVisible();
        assertThat(page.locator("#request-" + reference)).hasCount(0);

        page.navigate(journey.url(link));
        page.locator("#confirm-request").click();
        assertThat(page).hasURL(Pattern.compile(".*/my/requests/" + reference.toLowerCase(Locale.ROOT) + "$"));
        assertThat(page.locator("#request-status")).hasText("Submitted");

        page.navigate(journey.url(link));
        assertThat(page.locator("#held-request-invalid"))
                .hasText("This confirmation link has expired, was already used, or was sent to another account.");
    }

    /** Fills in the public form anonymously and returns the answer page's text, digits masked. */
    private String submit(Journey journey, String email) {
        Page page = journey.page();
        // Every journey submits from 127.0.0.1: isolation from the others' submissions, not a way
        // round the hourly limit (RequestIntakeIT tests that limit).
        jdbc.update("delete from intake_attempt");
        page.navigate(journey.url("/request?country=iran"));
        page.locator("#requester-kind vaadin-radio-button").nth(1).click();
        page.locator("#name input").fill("Held Journey");
        page.locator("#email input").fill(email);
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#summary textarea").fill("Appeal hearing next month.");
        page.locator("#consent").click();
        page.locator("#submit-request").click();
        assertThat(page.locator("#request-reference")).containsText("Your reference: ER-");
        return page.locator("#request-form").innerText().replaceAll("\\d", "#");
    }
}
