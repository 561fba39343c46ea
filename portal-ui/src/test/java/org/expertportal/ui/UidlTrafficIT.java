package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.expertportal.load.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What travels between the portal and a browser, measured as the browser receives it (the load
 * driver's {@link PortalBrowser}, which speaks Vaadin's UIDL over HTTP): compressed when the
 * browser offers gzip, and the country list within its budget before compression (docs/adr/044).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UidlTrafficIT {

    private static final String CLIENT = "client@demo.test";
    private static final String CLIENT_PASSWORD = "demo-client-pass";
    /** The /countries navigation sent 160 KB of UIDL when each card was a dozen components. */
    private static final long COUNTRIES_BUDGET_BYTES = 40 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = PortalBrowser.sharedClient();

    @LocalServerPort
    int port;

    @Test
    void a_navigation_answer_comes_gzipped_when_the_browser_offers_gzip() {
        PortalBrowser browser = signedIn(true);
        PortalBrowser.Exchange countries = browser.navigate("countries");

        assertThat(countries.gzipped()).as("Content-Encoding: gzip").isTrue();
        assertThat(countries.wireBytes()).as("bytes on the wire").isLessThan(countries.bodyBytes() / 3);
        assertThat(browser.page().nodeWithId("country-count")).as("the page arrived whole").isPresent();
    }

    @Test
    void a_navigation_answer_comes_plain_when_the_browser_does_not_offer_gzip() {
        PortalBrowser browser = signedIn(false);
        PortalBrowser.Exchange countries = browser.navigate("countries");

        assertThat(countries.gzipped()).isFalse();
        assertThat(countries.wireBytes()).isEqualTo(countries.bodyBytes());
    }

    @Test
    void the_country_list_is_under_40_kb_of_uidl_before_compression() {
        PortalBrowser browser = signedIn(false);
        browser.navigate("home");
        PortalBrowser.Exchange countries = browser.navigate("countries");

        assertThat(productionBytes(countries)).as("UIDL bytes of the /countries navigation")
                .isLessThan(COUNTRIES_BUDGET_BYTES);
        assertThat(countries.body()).as("all 58 cards are in it").contains("Mongolia", "Eritrea", "Guatemala");
    }

    /**
     * The answer's size as a production server sends it: in development mode (the tests') Vaadin
     * adds each new element's Java class name ({@code "key":"jc"}) for its dev tools, about 100
     * bytes per element, which production leaves out.
     */
    private static long productionBytes(PortalBrowser.Exchange answer) {
        long devOnly = 0;
        for (JsonNode change : JSON.readTree(answer.body()).path("changes")) {
            if ("jc".equals(change.path("key").asString(""))) {
                devOnly += change.toString().getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return answer.bodyBytes() - devOnly;
    }

    private PortalBrowser signedIn(boolean gzip) {
        var browser = new PortalBrowser(http, URI.create("http://localhost:" + port + "/"), gzip);
        browser.signIn(CLIENT, CLIENT_PASSWORD);
        browser.init("home");
        return browser;
    }
}
