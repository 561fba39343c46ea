package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "safe to contact" (docs/adr/037), on a 390 px phone in Russian: the email question is
 * asked with nothing chosen, typing a phone number brings its own question, and both fit the screen.
 */
@BrowserJourney
class ChannelSafetyJourneyIT {

    private static final int PHONE_WIDTH = Browser.Context.PHONE_RU_ASIA.width;

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void typing_a_phone_number_asks_whether_it_is_safe_on_a_phone_in_russian(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/request?country=iran"));

        var byEmail = page.locator("#safe-by-email");
        assertThat(byEmail).containsText("Безопасно ли писать вам по электронной почте?");
        assertThat(byEmail.locator("vaadin-radio-button[checked]")).hasCount(0);
        assertThat(page.locator("#safe-by-phone")).isHidden();

        page.locator("#phone input").fill("+7 701 000 0000");
        var byPhone = page.locator("#safe-by-phone");
        assertThat(byPhone).isVisible();
        assertThat(byPhone).containsText("Безопасно ли звонить вам по этому номеру?");
        assertThat(byPhone).containsText("Нет, это может увидеть кто-то другой");
        var box = byPhone.boundingBox();
        assertThat(box.x + box.width).as("the question fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
