package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP status and body of the first load of an error page, as any HTTP client sees them: 404 for
 * an unknown address and for another client's request alike, 403 for a page the role may not open,
 * and never Vaadin's default page with its list of routes (docs/adr/026).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorStatusIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final String DEMO_CLIENT = "client@demo.test";
    private static final String DEMO_CLIENT_PASSWORD = "demo-client-pass";
    private static final String ANOTHER_CLIENT = "another-client@status.test";
    private static final String ANOTHER_PASSWORD = "another client's long passphrase";
    /** The demo client's request. */
    private static final String CLIENTS_REQUEST = "/my/requests/ER-2026-000041";
    private static final String NOT_FOUND_TEXT = "There is no page at this address.";
    private static final String DENIED_TEXT = "Your account does not give access to this page.";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anotherClient() {
        if (accounts.findByEmail(ANOTHER_CLIENT).isEmpty()) {
            accounts.save(AccountFixtures.withPasswordHash(ANOTHER_CLIENT, "Another Client", Role.CLIENT,
                    passwordEncoder.encode(ANOTHER_PASSWORD), clock));
        }
    }

    @Test
    void an_unknown_country_answers_404_with_the_portals_page_and_no_routes() throws Exception {
        var browser = new Browser();
        HttpResponse<String> response = browser.get("/countries/atlantis");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Could not navigate", "Available routes", "admin/users");
        // What the browser then renders: the navigation's answer carries the page's components.
        assertThat(browser.navigate("countries/atlantis")).contains(NOT_FOUND_TEXT, "Back to the list: Countries")
                .doesNotContain("Could not navigate", "Available routes", "CountryProfileView", "admin/users");
    }

    @Test
    void an_unknown_address_or_expert_answers_404_to_a_signed_in_client() throws Exception {
        var client = new Browser();
        client.signIn(DEMO_CLIENT, DEMO_CLIENT_PASSWORD);

        for (String path : new String[] {"/experts/no-such-expert", "/countries/atlantis"}) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Could not navigate", "Available routes");
        }
        assertThat(client.get("/countries/mongolia").statusCode()).isEqualTo(200);

        // An address no route matches never reaches Vaadin: Spring Security refuses what no rule
        // allows (Vaadin's configurer ends on denyAll), with an empty 403, as before this page existed.
        HttpResponse<String> unknown = client.get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).doesNotContain("Could not navigate", "Available routes", "admin/");
        assertThat(client.navigate("no/such/page")).as("a link inside the portal to that address")
                .contains(NOT_FOUND_TEXT).doesNotContain("Could not navigate", "Available routes");
    }

    @Test
    void another_clients_request_answers_404_like_an_unknown_reference() throws Exception {
        var other = new Browser();
        other.signIn(ANOTHER_CLIENT, ANOTHER_PASSWORD);

        HttpResponse<String> others = other.get(CLIENTS_REQUEST);
        HttpResponse<String> unknown = other.get("/my/requests/ER-1999-000001");

        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        String othersPage = other.navigate(CLIENTS_REQUEST.substring(1));
        assertThat(othersPage).contains(NOT_FOUND_TEXT).doesNotContain("Could not navigate");
        assertThat(other.navigate("my/requests/ER-1999-000001")).contains(NOT_FOUND_TEXT);

        // The owner, signed in the same way, gets the page: the 404 above is not a failed sign-in.
        var owner = new Browser();
        owner.signIn(DEMO_CLIENT, DEMO_CLIENT_PASSWORD);
        assertThat(owner.get(CLIENTS_REQUEST).statusCode()).isEqualTo(200);
    }

    @Test
    void a_page_the_role_may_not_open_answers_403_to_a_signed_in_client() throws Exception {
        var client = new Browser();
        client.signIn(DEMO_CLIENT, DEMO_CLIENT_PASSWORD);

        for (String path : new String[] {"/admin/users", "/staff/queue"}) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain("Could not navigate", "Available routes");
            assertThat(client.navigate(path.substring(1))).as(path).contains(DENIED_TEXT)
                    .doesNotContain("Could not navigate", "Available routes", "AdminUsersView", "StaffQueueView");
        }
    }

    @Test
    void anonymous_visitors_are_still_sent_to_sign_in_from_protected_pages() throws Exception {
        // An unknown address outside the public pages too: nothing is told before signing in.
        for (String path : new String[] {"/admin/system", "/admin/users", CLIENTS_REQUEST, "/no/such/page"}) {
            HttpResponse<String> response = new Browser().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).get().asString().endsWith("/login");
        }
    }

    /** An HTTP client with its own cookies: one browser, one session. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("Location")).as("signed in as " + email).get().asString()
                    .doesNotContain("error");
        }

        /**
         * What a browser does after the first load, over plain HTTP: starts a UI and asks it to navigate
         * to {@code route}; answers the server's JSON, which carries the texts of the page it shows.
         */
        String navigate(String route) throws IOException, InterruptedException {
            String init = get("/?v-r=init&location=" + encode(route)).body();
            Matcher key = SECURITY_KEY.matcher(init);
            Matcher ui = UI_ID.matcher(init);
            assertThat(key.find() && ui.find()).as("a UI started: " + init).isTrue();
            String navigation = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":0,\"clientId\":0}";
            return http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(navigation))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
