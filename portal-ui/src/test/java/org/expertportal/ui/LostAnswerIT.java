package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.expertportal.load.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser whose answer was lost sends its message again and gets the very same answer, though the
 * portal keeps that answer compressed between requests ({@link CompactLastResponse}); nothing the
 * message asked for is done twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LostAnswerIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_navigation_sent_again_gets_the_same_answer_and_the_page_goes_on() {
        PortalBrowser browser = signedIn();
        PortalBrowser.Exchange first = browser.navigate("countries");
        assertThat(first.body()).contains("Mongolia");

        PortalBrowser.Exchange again = browser.resendLast();

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(browser.navigate("my/requests").status()).as("the next message is handled as usual").isEqualTo(200);
        assertThat(browser.page().nodeWithId("my-requests-search")).isPresent();
    }

    @Test
    void a_message_posted_and_sent_again_is_posted_once() {
        PortalBrowser browser = signedIn();
        String reference = jdbc.queryForObject("select r.reference from report_request r join account a"
                + " on a.id = r.client_account_id where a.email = 'client@demo.test' and r.status not in"
                + " ('CLOSED', 'CANCELLED', 'DELIVERED') order by r.id limit 1", String.class);
        browser.navigate("my/requests/" + reference);
        String text = "Sent once, answer lost " + UUID.randomUUID();

        PortalBrowser.Exchange first = browser.fillAndClick("message-text", text, "send-message");
        PortalBrowser.Exchange again = browser.resendLast();

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from request_message where body = ?", Integer.class, text))
                .isEqualTo(1);
    }

    private PortalBrowser signedIn() {
        var browser = new PortalBrowser(PortalBrowser.sharedClient(), URI.create("http://localhost:" + port + "/"),
                false);
        browser.signIn("client@demo.test", "demo-client-pass");
        browser.init("home");
        return browser;
    }
}
