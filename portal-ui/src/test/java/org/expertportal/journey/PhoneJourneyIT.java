package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, "phones first", in a real browser: on a 390 px phone in Russian every page fits the
 * screen without sideways scrolling, a client reads the status of each request, opens one and
 * signs out through the drawer; staff find the queue's filters folded; long names wrap. At a
 * 1366 px desk the request table cuts no heading or cell.
 */
@BrowserJourney
class PhoneJourneyIT {

    /** Playwright hands patterns to the browser's regular expressions: no Java-only classes. */
    private static final Pattern CYRILLIC = Pattern.compile("[а-яА-ЯёЁ]");
    private static final int PHONE_WIDTH = Browser.Context.PHONE_RU_ASIA.width;
    private static final List<String> DEMO_ACCOUNTS = List.of("client@demo.test", "staff@demo.test", "admin@demo.test");
    /** 113 characters, one "word" of 38 letters: longer than a phone is wide at the page's font size. */
    private static final String LONG_NAME = "Aigerim Nurlanovna Zhakupbekova-Abdrakhmanova "
            + "Mohammadhosseinzadehkhorasanifarahaniyan Kuanyshbekovna Seitkazieva";

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> languages = new HashMap<>();

    @BeforeEach
    void theDemoAccountsReadRussian() {
        // The account's language wins over the browser's at sign-in: these people read Russian.
        for (String email : DEMO_ACCOUNTS) {
            languages.put(email, jdbc.queryForObject("select preferred_language from account where email = ?",
                    String.class, email));
            jdbc.update("update account set preferred_language = 'ru' where email = ?", email);
        }
    }

    @AfterEach
    void restoreLanguages() {
        languages.forEach((email, language) ->
                jdbc.update("update account set preferred_language = ? where email = ?", language, email));
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void a_client_on_a_phone_reads_every_status_opens_a_request_and_signs_out_through_the_drawer(Journey journey) {
        Page page = journey.page();
        journey.signIn("client@demo.test", "demo-client-pass");

        // The compact account button stays on the screen, as the person icon, not folded into an
        // overflow button by a long portal name beside it.
        assertWithinScreen(page.locator("#user-menu"));
        assertThat(page.locator("#user-menu vaadin-menu-bar-button.portal-account-root")).isVisible();
        assertWithinScreen(page.locator("#user-menu vaadin-menu-bar-button.portal-account-root"));

        page.navigate(journey.url("/my/requests"));
        Locator cards = page.locator("#my-request-cards > li");
        assertThat(cards.first()).isVisible();
        // Not built at all, not only hidden: the server keeps one of the two (Screen, issue #18).
        assertThat(page.locator("#my-requests")).hasCount(0);
        int count = cards.count();
        assertThat(count).as("the demo client's requests").isGreaterThan(1);
        for (int i = 0; i < count; i++) {
            Locator status = cards.nth(i).locator(".portal-request-status");
            status.scrollIntoViewIfNeeded();
            // In Russian, and on the screen.
            assertThat(status).hasText(CYRILLIC);
            assertWithinScreen(status);
            // The answer's time, in Russian and on the 24-hour clock of Almaty (or how fast it came).
            Locator when = cards.nth(i).locator("[id^='card-when-']");
            assertThat(when).hasText(Pattern.compile("^(Ответим до .*\\d{1,2}:\\d{2} \\(Алматы\\)|Ответ через \\d+ мин\\.).*"));
            assertWithinScreen(when);
        }
        assertNoSidewaysScrolling(page, "/my/requests");

        Locator firstLink = cards.first().locator("a").first();
        String reference = firstLink.textContent().strip();
        firstLink.click();
        page.waitForURL(Pattern.compile(".*/my/requests/" + reference.toLowerCase() + "$"));
        assertThat(page.locator("#request-status")).hasText(CYRILLIC);
        assertWithinScreen(page.locator("#request-status"));
        assertNoSidewaysScrolling(page, page.url().substring(journey.url("").length()));

        for (String path : List.of("/", "/countries", "/countries/mongolia", "/countries/kenya", "/experts", "/request",
                "/account")) {
            page.navigate(journey.url(path));
            assertNoSidewaysScrolling(page, path);
        }
        // A country without an article: the way to ask about it, in Russian, on the screen.
        page.navigate(journey.url("/countries/kenya"));
        assertThat(page.locator("#ask-about-country")).hasText(CYRILLIC);
        assertWithinScreen(page.locator("#ask-about-country"));
        // The article says, in Russian, that it is in English.
        page.navigate(journey.url("/countries/mongolia"));
        assertThat(page.locator("#country-article .portal-language-note")).hasText(CYRILLIC);
        assertWithinScreen(page.locator("#country-article .portal-language-note"));

        // Out through the drawer: account, language and sign-out are all there on a phone.
        openDrawer(page);
        assertThat(page.locator("#drawer-account")).isVisible();
        assertThat(page.locator("#drawer-language-ru")).isVisible();
        assertWithinScreen(page.locator("#drawer-sign-out"));
        page.locator("#drawer-sign-out").click();

        assertThat(page.locator("#sign-in")).isVisible();
        assertWithinScreen(page.locator("#sign-in"));
        openDrawer(page);
        assertThat(page.locator("#drawer-sign-in")).isVisible();
        page.navigate(journey.url("/my/requests"));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertNoSidewaysScrolling(page, "/login");
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void staff_and_administrators_pages_fit_a_phone_even_with_a_very_long_name(Journey journey) {
        String staffName = jdbc.queryForObject("select display_name from account where email = 'staff@demo.test'",
                String.class);
        Map<Long, String> requesters = new HashMap<>();
        jdbc.query("select id, requester_name from report_request",
                row -> {
                    requesters.put(row.getLong(1), row.getString(2));
                });
        try {
            // The long name is everywhere a name is shown: the staff member's own, and every requester's.
            jdbc.update("update account set display_name = ? where email = 'staff@demo.test'", LONG_NAME);
            jdbc.update("update report_request set requester_name = ?", LONG_NAME);
            Page page = journey.page();

            journey.signIn("staff@demo.test", "demo-staff-pass");
            page.navigate(journey.url("/staff/queue"));
            assertThat(page.locator("#queue a").first()).isVisible();
            // The twelve filters are folded away, one tap from being used.
            Locator filters = page.locator("#queue-filters-panel");
            assertThat(filters).isVisible();
            assertThat(filters).not().hasAttribute("opened", "");
            assertThat(page.locator("#filter-status")).isHidden();
            assertNoSidewaysScrolling(page, "/staff/queue");
            filters.locator("vaadin-details-summary").click();
            assertThat(page.locator("#filter-status")).isVisible();
            assertNoSidewaysScrolling(page, "/staff/queue with the filters open");

            page.navigate(journey.url("/staff/my-day"));
            assertThat(page.locator("#my-day-figures")).isVisible();
            assertThat(page.locator(".portal-page")).containsText("Mohammadhosseinzadehkhorasanifarahaniyan");
            assertNoSidewaysScrolling(page, "/staff/my-day");
            openDrawer(page);
            page.locator("#drawer-sign-out").click();
            assertThat(page.locator("#sign-in")).isVisible();

            journey.signIn("admin@demo.test", "demo-admin-pass");
            page.navigate(journey.url("/admin/users"));
            page.locator("#user-search input").fill("staff@demo.test");
            assertThat(page.locator("#users")).containsText(LONG_NAME);
            // The actions stay reachable next to the long name.
            assertWithinScreen(page.locator("#users vaadin-button").first());
            assertNoSidewaysScrolling(page, "/admin/users");
        } finally {
            jdbc.update("update account set display_name = ? where email = 'staff@demo.test'", staffName);
            requesters.forEach((id, name) ->
                    jdbc.update("update report_request set requester_name = ? where id = ?", name, id));
        }
    }

    @Test
    @Where(Browser.Context.DESKTOP_US)
    void at_a_desk_the_request_table_cuts_no_heading_and_no_cell_and_the_queue_filters_are_open(Journey journey) {
        jdbc.update("update account set preferred_language = 'en' where email in ('client@demo.test', 'staff@demo.test')");
        Page page = journey.page();
        journey.signIn("client@demo.test", "demo-client-pass");
        page.navigate(journey.url("/my/requests"));
        Locator table = page.locator("#my-requests");
        assertThat(table).isVisible();
        assertThat(page.locator("#my-request-cards")).hasCount(0);
        // The frame at a desk: the user menu in the header, the language switch in the open drawer, and
        // no second copy of the account links there (each element is server memory per person, issue #18).
        assertThat(page.locator("#user-menu")).isVisible();
        assertThat(page.locator("#drawer-language-ru")).isVisible();
        assertThat(page.locator("#drawer-account")).hasCount(0);
        assertThat(page.locator("#drawer-sign-out")).hasCount(0);
        assertThat(page.locator("#language-select")).hasCount(0);
        assertThat(table.locator("vaadin-grid-cell-content a").first()).isVisible();
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) table.evaluate("""
                grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.assignedSlot && cell.textContent.trim() !== '')
                    .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
                    .map(cell => cell.textContent.trim())""");
        assertThat(cut).as("headings and cells cut short at 1366 px").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> headings = (List<String>) table.evaluate("""
                grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.assignedSlot && cell.assignedSlot.parentElement.localName === 'th')
                    .map(cell => cell.textContent.trim())""");
        assertThat(headings).as("the headings measured").contains("Reference", "Status", "Requested");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item.portal-menu-sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();

        journey.signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/queue"));
        assertThat(page.locator("#queue-filters-panel")).hasAttribute("opened", "");
        assertThat(page.locator("#filter-status")).isVisible();
    }

    private static void openDrawer(Page page) {
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("#drawer-account-area")).isVisible();
        // The drawer slides in from the left: measure once it has arrived.
        page.waitForFunction("() => { const area = document.querySelector('#drawer-account-area');"
                + " return area && area.getBoundingClientRect().left >= 0; }");
    }

    private static void assertWithinScreen(Locator element) {
        assertThat(element).isVisible();
        var box = element.boundingBox();
        assertThat(box.x).as("left edge of " + element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of " + element).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /**
     * The page is no wider than the phone: nothing to scroll sideways to, and no element sticks out
     * to the right unless something it sits in (a grid, a field's label) clips or scrolls it.
     */
    private static void assertNoSidewaysScrolling(Page page, String where) {
        assertThat(page.locator(".portal-page, vaadin-login-overlay, vaadin-login-form").first()).isAttached();
        Number innerWidth = (Number) page.evaluate("window.innerWidth");
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(innerWidth.intValue()).as("window width on " + where).isEqualTo(PHONE_WIDTH);
        assertThat(scrollWidth.intValue()).as("page width on " + where).isLessThanOrEqualTo(innerWidth.intValue());
        @SuppressWarnings("unchecked")
        List<String> sticking = (List<String>) page.evaluate("""
                () => { const up = n => n.assignedSlot || n.parentElement
                            || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
                    return [...document.querySelectorAll('body *')]
                    .filter(e => { const r = e.getBoundingClientRect();
                        return r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1
                            && !e.closest('vaadin-grid, vaadin-drawer-toggle, [hidden]')
                            && getComputedStyle(e).visibility !== 'hidden'; })
                    .filter(e => { for (let p = up(e); p; p = up(p)) {
                        const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden')
                        return p === document.body || p === document.documentElement; } return true; })
                    .slice(0, 5).map(e => e.localName + (e.id ? '#' + e.id : '') + ' ' + (e.className || '') + ' ' + e.textContent.slice(0, 40)); }""");
        assertThat(sticking).as("elements sticking out to the right on " + where).isEmpty();
    }
}
