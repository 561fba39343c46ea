package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evidence {@code docs/security.md} names for HTTP-level claims: what a plain HTTP client sees
 * of cookies, CORS, methods, HSTS, sessions across sign-in and redirects, against the real portal
 * on a random port. Each test says which ASVS row it stands for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityEvidenceIT {

    private static final String PASSWORD = "an evidence passphrase";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Environment environment;

    private String email;

    @BeforeEach
    void anAccount() {
        email = "evidence-" + System.nanoTime() + "@firm.test";
        accounts.save(AccountFixtures.withPasswordHash(email, "Evidence Client", Role.CLIENT,
                passwordEncoder.encode(PASSWORD), clock));
    }

    /** 3.3.2, 3.3.4: the session cookie is out of reach of scripts and not sent on cross-site posts. */
    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        String cookie = sessionCookieOf(new Client().get("/login"));
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }

    /** 7.2.1-7.2.3: the session is a server-side reference of at least 128 random bits. */
    @Test
    void session_ids_are_long_random_references() throws Exception {
        String first = sessionIdOf(new Client().get("/login"));
        String second = sessionIdOf(new Client().get("/login"));
        assertThat(first).as("at least 128 bits as hex").matches("[0-9A-F]{32,}");
        assertThat(second).matches("[0-9A-F]{32,}").isNotEqualTo(first);
    }

    /** 3.4.2: no CORS: a foreign origin gets no allow-origin header, on a page or a preflight. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login", "/countries/mongolia", "/actuator/health"})
    void a_foreign_origin_is_granted_nothing(String path) throws Exception {
        HttpResponse<String> simple = new Client().send(request(path).header("Origin", "https://evil.example").GET());
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> preflight = new Client().send(request(path)
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    /**
     * 13.4.4: TRACE is never answered, so it cannot echo cookies or headers back: Spring Security
     * sends an anonymous visitor to sign in and refuses a signed-in one with an empty 403, and
     * neither lists TRACE among the allowed methods.
     */
    @Test
    void trace_is_never_answered() throws Exception {
        Client signedIn = new Client();
        signedIn.signIn(email, PASSWORD, "");
        assertThat(signedIn.get("/home").statusCode()).as("signed in").isEqualTo(200);
        for (String path : List.of("/", "/login", "/home", "/countries/mongolia")) {
            for (Client client : List.of(new Client(), signedIn)) {
                HttpResponse<String> response = client.send(request(path)
                        .header("X-Echo", "echo-me")
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()));
                assertThat(response.statusCode()).as(path).isIn(302, 403, 405);
                assertThat(response.body()).as(path).doesNotContain("echo-me").doesNotContain("TRACE");
                assertThat(response.headers().firstValue("Allow").orElse("")).as(path).doesNotContain("TRACE");
            }
        }
    }

    /** 4.1.1: pages, the not-found page included, say their type and character set. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login", "/countries", "/countries/mongolia", "/countries/atlantis"})
    void pages_name_their_charset(String path) throws Exception {
        HttpResponse<String> response = new Client().get(path);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/html").containsIgnoringCase("charset=utf-8");
    }

    /** 3.4.1: HSTS on requests that reached the proxy over HTTPS, and only on those. */
    @Test
    void hsts_is_sent_on_https_forwarded_requests_only() throws Exception {
        HttpResponse<String> overHttps = new Client().send(request("/").header("X-Forwarded-Proto", "https").GET());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000").contains("includeSubDomains");

        HttpResponse<String> plain = new Client().get("/");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** 3.3.1: the session cookie is marked Secure when the request arrived over HTTPS (the proxy's case). */
    @Test
    void the_session_cookie_is_secure_behind_the_tls_proxy() throws Exception {
        HttpResponse<String> overHttps =
                new Client().send(request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookieOf(overHttps)).containsIgnoringCase("; Secure");
    }

    /** 7.2.4: signing in gives a new session id; the one from before sign-in is worth nothing. */
    @Test
    void signing_in_changes_the_session_id_and_the_old_one_opens_nothing() throws Exception {
        Client browser = new Client();
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        browser.signIn(email, PASSWORD, "");
        assertThat(browser.get("/home").statusCode()).as("signed in").isEqualTo(200);
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        HttpResponse<String> withOldId = new Client().sending(before).get("/home");
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(withOldId.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    /** 7.4.1: signing out ends the session on the server: its id, sent again, leads to sign-in. */
    @Test
    void signing_out_ends_the_session_on_the_server() throws Exception {
        Client browser = new Client();
        browser.signIn(email, PASSWORD, "");
        HttpResponse<String> home = browser.get("/home");
        assertThat(home.statusCode()).as("signed in").isEqualTo(200);
        String signedIn = browser.sessionId().orElseThrow();

        HttpResponse<String> out = browser.signOut(home.body());
        assertThat(out.statusCode()).isEqualTo(302);

        HttpResponse<String> replayed = new Client().sending(signedIn).get("/home");
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    /** 3.7.2: after sign-in the browser goes to the saved page of this portal or home, never elsewhere. */
    @Test
    void sign_in_never_redirects_off_site() throws Exception {
        Client saved = new Client();
        saved.get("/account/password");
        HttpResponse<String> toSaved = saved.signIn(email, PASSWORD, "");
        assertThat(toSaved.headers().firstValue("Location")).get().asString()
                .startsWith("http://localhost:" + port + "/account/password");

        for (String target : List.of("https://evil.example/", "//evil.example/", "/\\evil.example/")) {
            String parameters = "&continue=" + encode(target) + "&redirect=" + encode(target)
                    + "&spring-security-redirect=" + encode(target) + "&targetUrl=" + encode(target);
            Client browser = new Client();
            browser.get("/login?continue=" + encode(target));
            HttpResponse<String> response = browser.signIn(email, PASSWORD, parameters, "https://evil.example/");
            assertThat(response.statusCode()).as(target).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(URI.create(location).getHost()).as(target).isEqualTo("localhost");
            assertThat(location).as(target).doesNotContain("evil");
        }
    }

    /**
     * 7.1.1, 7.3.1: 30 minutes without a user action end the session (heartbeats do not keep it
     * open), and the README says so, with the 12 hours of {@code SessionLifetimeFilter}.
     */
    @Test
    void idle_sessions_end_after_thirty_minutes_of_no_user_action_as_documented() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        String readme = Files.readString(Path.of("..", "README.md")).replaceAll("\\s+", " ");
        assertThat(readme).contains("a session ends after 30 minutes without a user action and, in any case, "
                + "12 hours after it began");
    }

    /** 13.4.3: folders of static resources are not listed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/images/", "/VAADIN/", "/META-INF/", "/META-INF/resources/", "/icons/"})
    void no_folder_is_listed(String path) throws Exception {
        HttpResponse<String> response = new Client().get(path);
        assertThat(response.body()).doesNotContainIgnoringCase("Directory Listing")
                .doesNotContainIgnoringCase("Index of /");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String sessionCookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String sessionIdOf(HttpResponse<?> response) {
        Matcher matcher = SESSION_COOKIE.matcher(sessionCookieOf(response));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An HTTP client with its own cookies and no automatic redirects: one browser. */
    private final class Client {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        private String fixedSessionId;

        /** Sends this session id with every request, as a kept or stolen cookie would. */
        Client sending(String sessionId) {
            this.fixedSessionId = sessionId;
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
            if (fixedSessionId != null) {
                builder.header("Cookie", "JSESSIONID=" + fixedSessionId);
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String email, String password, String extra) throws Exception {
            return signIn(email, password, extra, null);
        }

        /** The sign-in form's post, with the page's CSRF token when the page carries one. */
        HttpResponse<String> signIn(String email, String password, String extra, String referer) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "") + extra;
            HttpRequest.Builder post = request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (referer != null) {
                post.header("Referer", referer);
            }
            return send(post);
        }

        /** Spring Security's sign-out, which Vaadin's {@code AuthenticationContext.logout()} also runs. */
        HttpResponse<String> signOut(String page) throws Exception {
            Matcher csrf = CSRF.matcher(page);
            String form = csrf.find() ? "_csrf=" + encode(csrf.group(1)) : "";
            return send(request("/logout")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst();
        }
    }
}
