package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.expertportal.account.CapturedMails;
import org.expertportal.notification.SentMailArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator invites a client at /admin/users; the client opens the invitation from the
 * embedded mail capture, chooses a password and signs in. All in a real browser.
 */
@BrowserJourney
class InvitationJourneyIT {

    @Autowired
    SentMailArchive mail;

    @Test
    void an_invited_client_sets_a_password_from_the_email_and_signs_in(Journey journey) {
        Page page = journey.page();
        String email = "journey-" + System.nanoTime() + "@invited.test";
        journey.signInToHome("admin@demo.test", "demo-admin-pass");
        page.navigate(journey.url("/admin/users"));
        page.locator("#invite-user").click();
        page.locator("#new-user-email input").fill(email);
        page.locator("#new-user-name input").fill("Journey Client");
        page.locator("#send-invitation").click();
        page.locator("#user-search input").fill(email);
        assertThat(page.locator("#users")).containsText("Journey Client");

        journey.signOut();

        String link = CapturedMails.awaitLink(mail, email, "Your account on the Expert Report Portal");
        page.navigate(journey.url(link));
        assertThat(page.locator("h1")).hasText("Welcome: choose your password");
        page.locator("#new-password input").fill("journey passphrase 2026");
        page.locator("#repeat-password input").fill("journey passphrase 2026");
        page.locator("#save-password").click();
        assertThat(page.locator("#password-set")).isVisible();
        page.locator("#go-sign-in").click();

        journey.signInToHome(email, "journey passphrase 2026");
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Journey Client");

        page.navigate(journey.url(link));
        assertThat(page.locator("h1")).hasText("This link has expired or was already used");
    }
}
