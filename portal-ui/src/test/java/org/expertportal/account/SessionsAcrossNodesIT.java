package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.PortalApplication;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two portal nodes on two embedded servers sharing one database, as behind the load balancer
 * (docs/adr/045): node A is this test's application, node B a second application context started
 * beside it. Sessions live in each node's memory and are not shared; what is shared is their record
 * in the database, which every node consults on every request of a signed-in session
 * (ActiveSessionFilter). So signing out everywhere, changing the password or disabling the account
 * on node A ends that person's session on node B at its next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionsAcrossNodesIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Clock clock;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accountService;

    private String email;
    private long accountId;

    @BeforeAll
    static void startNodeB() {
        // The same application and profile; another port. The embedded database is one per JVM and
        // SPRING_DATASOURCE_URL, when set, names the same server: both nodes share it.
        nodeB = new SpringApplicationBuilder(PortalApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void anAccount() {
        email = "nodes-" + System.nanoTime() + "@firm.test";
        Account account = new Account(email, "Two Nodes", Role.CLIENT, clock.instant());
        account.setPassword(passwordEncoder.encode(PASSWORD), false);
        accountId = accounts.save(account).getId();
    }

    @AfterEach
    void nobodyInThisThread() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_two_nodes_share_no_session_but_each_serves_its_own() throws Exception {
        Browser onA = signedIn(portA);
        Browser onB = signedIn(portB());

        assertThat(onA.get("/home").statusCode()).isEqualTo(200);
        assertThat(onB.get("/home").statusCode()).isEqualTo(200);
        // Without the load balancer's stickiness, a session taken to the other node is unknown there.
        Browser strayed = new Browser(portB());
        strayed.useSessionOf(onA);
        assertThat(strayed.get("/home").statusCode()).as("node A's session sent to node B").isEqualTo(302);
        assertThat(onA.get("/home").statusCode()).as("and it goes on on node A").isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_on_node_a_ends_the_session_on_node_b() throws Exception {
        Browser onA = signedIn(portA);
        Browser onB = signedIn(portB());

        actAs(onA);
        assertThat(sessions.endMyOtherSessions()).isEqualTo(1);

        assertSignInAsked(onB);
        assertThat(onA.get("/home").statusCode()).as("the session it was done in").isEqualTo(200);
    }

    @Test
    void a_password_change_on_node_a_ends_the_session_on_node_b() throws Exception {
        Browser onA = signedIn(portA);
        Browser onB = signedIn(portB());

        actAs(onA);
        accountService.changePassword(PASSWORD, "another long enough passphrase");

        assertSignInAsked(onB);
        assertThat(onA.get("/home").statusCode()).as("the session it was changed in").isEqualTo(200);
    }

    @Test
    void disabling_the_account_on_node_a_ends_its_sessions_on_both_nodes() throws Exception {
        Browser onA = signedIn(portA);
        Browser onB = signedIn(portB());

        actAsAdmin();
        accountService.disable(accountId);

        assertSignInAsked(onB);
        assertSignInAsked(onA);
        Browser again = new Browser(portB());
        again.signIn(email, PASSWORD);
        assertThat(again.get("/home").statusCode()).as("a disabled account signs in on no node").isEqualTo(302);
    }

    private static int portB() {
        return ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    private static void assertSignInAsked(Browser browser) throws Exception {
        HttpResponse<String> home = browser.get("/home");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    private Browser signedIn(int port) throws Exception {
        Browser browser = new Browser(port);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("/home").statusCode()).as("signed in on port %s", port).isEqualTo(200);
        return browser;
    }

    /** Runs node A's use cases in this thread as the account, in that browser's session. */
    private void actAs(Browser in) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, in.sessionId()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private void actAsAdmin() {
        var admin = users.loadUserByUsername("admin@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    /** An HTTP client with its own cookies, talking to one node. */
    private static final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;
        private final int port;

        Browser(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        void signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
            http.send(HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        void useSessionOf(Browser other) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", other.sessionId());
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri("/"), cookie);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
