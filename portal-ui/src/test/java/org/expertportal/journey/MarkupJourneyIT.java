package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.request.RequestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Markup typed by people is shown as text, never run (docs/security.md 1.2.1, #14), in a real
 * Chromium: a payload goes into every free-text field that someone else reads (the public form's
 * name, organisation and case summary; the client's message and display name; a staff reply and an
 * internal note), and every page that shows them is opened. On each: no payload ran
 * ({@code window.__xss} stays undefined), no dialog opened, no element came out of the text (no
 * {@code onerror}/{@code onload} attribute, no script mentioning {@code __xss}), and the payload
 * reads as the literal characters that were typed. Rendering one field as HTML (a message body,
 * or a hidden copy of the organisation in the queue) makes it fail. It lives with the other
 * journeys because {@link Journey} and {@link Browser} are package-private.
 */
@BrowserJourney
class MarkupJourneyIT {

    /** Runs once it is an element in the page: an image that cannot load. */
    private static final String IMG = "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";
    /** Runs only if written by the parser (document.write, a template): innerHTML does not run scripts. */
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    /** Breaks out of an attribute value, then runs as an element. */
    private static final String SVG = "\"><svg onload=window.__xss=1>";
    /** Opens a dialog if it runs: the dialog listener catches it even where __xss is not set. */
    private static final String ALERT = "<img src=x onerror=alert(document.domain)>";

    private static final Pattern REFERENCE = Pattern.compile("ER-\\d{4}-\\d+");

    /** What the page says about markup that ran or became elements, as one map from the browser. */
    private static final String PROBE = """
            () => ({
              ran: typeof window.__xss,
              handlers: document.querySelectorAll('[onerror], [onload]').length,
              scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__xss')).length,
              images: document.querySelectorAll('img[src="x"]').length
            })""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Where(Browser.Context.DESKTOP_GB)
    void markup_in_every_shared_text_field_shows_as_text_on_a_desk_in_english(Journey journey) {
        markupShowsAsTextEverywhere(journey, false);
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void markup_in_every_shared_text_field_shows_as_text_on_a_phone_in_russian(Journey journey) {
        markupShowsAsTextEverywhere(journey, true);
    }

    private void markupShowsAsTextEverywhere(Journey journey, boolean phone) {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Ana " + SVG + " " + tag;
        String organisation = IMG + " Firm " + tag;
        String summary = SCRIPT + " hearing soon " + ALERT + " " + tag;
        String displayName = SCRIPT + IMG + " Client " + tag;
        String message = IMG + " message " + SVG + " " + tag;
        String reply = SVG + " reply " + ALERT + " " + tag;
        String note = IMG + " note " + SCRIPT + " " + tag;
        String email = RequestFixtures.newEmail("markup-journey");

        Page page = journey.page();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });

        // The public form, anonymously, with an email that has no account yet: received at once.
        // Every journey submits from 127.0.0.1: isolation from the others' submissions, not a way
        // round the hourly limit (RequestIntakeIT tests that limit).
        jdbc.update("delete from intake_attempt");
        page.navigate(journey.url("/request?country=iran"));
        page.locator("#requester-kind vaadin-radio-button").first().click();
        page.locator("#name input").fill(name);
        page.locator("#organisation input").fill(organisation);
        page.locator("#email input").fill(email);
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#summary textarea").fill(summary);
        page.locator("#consent").click();
        page.locator("#submit-request").click();
        assertThat(page.locator("#request-reference")).containsText("ER-");
        Matcher shown = REFERENCE.matcher(page.locator("#request-reference").textContent());
        assertThat(shown.find()).as("a reference on the answer page").isTrue();
        String reference = shown.group();
        assertInert(page, dialogs, "the form's answer");
        RequestFixtures.activate(jdbc, email);

        // The client names themselves, and writes to staff.
        journey.signIn(email, "demo-client-pass");
        page.navigate(journey.url("/account"));
        page.locator("#account-name input").fill(displayName);
        page.locator("#save-name").click();
        page.reload();
        assertThat(page.locator("#account-name input")).hasValue(displayName);
        assertThat(page.locator("#user-menu")).containsText(displayName);
        assertInert(page, dialogs, "the account page");
        page.navigate(journey.url("/home"));
        assertThat(page.locator("#home-greeting")).containsText(displayName);
        assertInert(page, dialogs, "the home page");

        page.navigate(journey.url("/my/requests/" + reference.toLowerCase(Locale.ROOT)));
        page.locator("#message-text textarea").fill(message);
        page.locator("#send-message").click();
        assertThat(page.locator("#messages")).containsText(message);
        assertThat(page.locator("#messages")).containsText(displayName);
        assertThat(page.locator("#request-facts").getByText(summary, new Locator.GetByTextOptions().setExact(true)))
                .hasCount(1);
        assertInert(page, dialogs, "the client's request page");

        // Staff find the request in the queue, read it, reply and note.
        journey.context().clearCookies();
        journey.signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/queue"));
        if (phone) {
            // Folded on a phone, as a person finds it.
            page.locator("#queue-filters-panel [slot='summary']").click();
        }
        page.locator("#filter-text input").fill(reference);
        assertThat(page.locator("#queue-" + reference)).hasCount(1);
        assertThat(page.locator("#queue")).containsText(name);
        assertThat(page.locator("#queue")).containsText(organisation);
        assertInert(page, dialogs, "the staff queue");

        page.locator("#queue-" + reference).click();
        assertThat(page.locator("#contact")).containsText(name);
        assertThat(page.locator("#contact")).containsText(organisation);
        assertThat(page.locator("#messages")).containsText(message);
        assertThat(page.locator("#messages")).containsText(displayName);
        assertThat(page.getByText(summary, new Page.GetByTextOptions().setExact(true))).hasCount(1);
        page.locator("#reply-text textarea").fill(reply);
        page.locator("#send-reply").click();
        assertThat(page.locator("#messages")).containsText(reply);
        page.locator("#note-text textarea").fill(note);
        page.locator("#add-note").click();
        assertThat(page.locator("#internal-notes")).containsText(note);
        page.reload();
        assertThat(page.locator("#messages")).containsText(reply);
        assertThat(page.locator("#internal-notes")).containsText(note);
        assertThat(page.locator("#timeline")).containsText(name);
        assertInert(page, dialogs, "the staff request page");

        // The client reads the reply as text; the note never reaches them.
        journey.context().clearCookies();
        journey.signIn(email, "demo-client-pass");
        page.navigate(journey.url("/my/requests/" + reference.toLowerCase(Locale.ROOT)));
        assertThat(page.locator("#messages")).containsText(reply);
        assertThat(page.locator("#messages")).containsText(message);
        assertThat(page.locator("body")).not().containsText(note);
        assertInert(page, dialogs, "the client's request page with the reply");
    }

    /**
     * Nothing typed ran or became an element. Asked after the page showed the payloads as text; a
     * broken image fires its error event within milliseconds here (a request to the portal itself),
     * so a short pause lets a payload that did become an element have its turn first.
     */
    private static void assertInert(Page page, List<String> dialogs, String where) {
        page.waitForTimeout(300);
        @SuppressWarnings("unchecked")
        Map<String, Object> probe = (Map<String, Object>) page.evaluate(PROBE);
        assertThat(probe.get("ran")).as("%s: a payload ran (window.__xss)", where).isEqualTo("undefined");
        assertThat(dialogs).as("%s: a payload opened a dialog", where).isEmpty();
        assertThat(((Number) probe.get("handlers")).intValue()).as("%s: elements with onerror/onload", where)
                .isZero();
        assertThat(((Number) probe.get("scripts")).intValue()).as("%s: scripts from typed text", where).isZero();
        assertThat(((Number) probe.get("images")).intValue()).as("%s: images from typed text", where).isZero();
    }
}
