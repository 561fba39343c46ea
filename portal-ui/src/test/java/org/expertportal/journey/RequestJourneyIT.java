package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.expertportal.account.CapturedMails;
import org.expertportal.notification.SentMailArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #6 end to end, in a real browser: an anonymous visitor asks for a report, opens the
 * invitation from the mail capture, chooses a password, sees the request with its due time; staff
 * acknowledge it; the client sees the change.
 */
@BrowserJourney
class RequestJourneyIT {

    @Autowired
    SentMailArchive mail;

    @Test
    void a_visitor_requests_a_report_accepts_the_invitation_and_follows_the_request(Journey journey) {
        Page page = journey.page();
        String email = "visitor-" + System.nanoTime() + "@journey.test";
        page.navigate(journey.url("/request?country=iran"));
        page.locator("#requester-kind vaadin-radio-button").nth(1).click();
        page.locator("#name input").fill("Reza Journey");
        page.locator("#email input").fill(email);
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#summary textarea").fill("Appeal hearing next month <b>not bold</b>");
        page.locator("#consent").click();
        page.locator("#submit-request").click();

        assertThat(page.locator("#request-reference")).containsText("Your reference: ER-");
        String reference = page.locator("#request-reference").textContent().replace("Your reference: ", "").strip();
        assertThat(page.locator("#respond-by")).containsText("We will respond by");

        String link = CapturedMails.awaitLink(mail, email, "Your account on the Expert Report Portal");
        page.navigate(journey.url(link));
        page.locator("#new-password input").fill("journey passphrase 2026");
        page.locator("#repeat-password input").fill("journey passphrase 2026");
        page.locator("#save-password").click();
        assertThat(page.locator("#password-set")).isVisible();

        journey.signIn(email, "journey passphrase 2026");
        page.navigate(journey.url("/my/requests"));
        page.locator("#request-" + reference).click();
        assertThat(page.locator("#request-status")).hasText("Submitted");
        assertThat(page.locator("#response-time")).containsText("We respond by");
        assertThat(page.locator("#request-facts")).containsText("<b>not bold</b>");
        journey.signOut();

        journey.signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/requests/" + reference.toLowerCase()));
        assertThat(page.locator("#response-clock")).containsText("minutes left to respond");
        page.locator("#new-status input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Acknowledged")).click();
        page.locator("#status-note textarea").fill("We have an expert on Iran for you.");
        page.locator("#change-status").click();
        assertThat(page.locator("#request-status")).hasText("Acknowledged");
        assertThat(page.locator("#response-clock")).containsText("Answered in");
        journey.signOut();

        journey.signIn(email, "journey passphrase 2026");
        page.navigate(journey.url("/my/requests/" + reference.toLowerCase()));
        assertThat(page.locator("#request-status")).hasText("Acknowledged");
        assertThat(page.locator("#timeline")).containsText("We have an expert on Iran for you.");
        assertThat(page.locator("#response-time")).containsText("Answered in");
    }
}
