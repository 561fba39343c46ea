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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What any HTTP client sees, signed in or not: headers, public and protected paths. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityIT {

    private static final String CLIENT = "client@demo.test";
    private static final String CLIENT_PASSWORD = "demo-client-pass";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0} carries the security headers")
    @ValueSource(strings = {"/", "/login", "/countries/mongolia", "/actuator/health", "/admin/system"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        HttpResponse<String> response = get(path);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'", "form-action 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void health_is_public_and_nothing_else_of_actuator_is() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers", "/actuator"}) {
            assertThat(get(hidden).statusCode()).as(hidden).isNotEqualTo(200);
        }
    }

    @Test
    void protected_pages_send_anonymous_visitors_to_sign_in() throws Exception {
        for (String path : new String[] {"/home", "/admin/system", "/admin/countries", "/account/password"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).get().asString().endsWith("/login");
        }
    }

    @Test
    void public_pages_answer_anonymous_visitors() throws Exception {
        for (String path : new String[] {"/", "/login", "/countries", "/countries/mongolia", "/search"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_sign_in_posted_without_the_form_token_signs_nobody_in() throws Exception {
        Browser victim = new Browser();
        victim.get("/login");
        HttpResponse<String> forged = victim.postForm("/login",
                "username=" + encode(CLIENT) + "&password=" + encode(CLIENT_PASSWORD), "https://attacker.example");
        assertThat(forged.headers().firstValue("Location")).as("back to sign-in, saying the page had expired")
                .get().asString().endsWith("/login?expired");
        assertThat(victim.get("/home").statusCode()).as("not signed in by a cross-site form").isEqualTo(302);

        Browser noOrigin = new Browser();
        noOrigin.get("/login");
        noOrigin.postForm("/login", "username=" + encode(CLIENT) + "&password=" + encode(CLIENT_PASSWORD), null);
        assertThat(noOrigin.get("/home").statusCode()).as("not signed in without the token").isEqualTo(302);

        Browser person = new Browser();
        person.signIn(CLIENT, CLIENT_PASSWORD);
        assertThat(person.get("/home").statusCode()).as("the real form still signs in").isEqualTo(200);
    }

    @Test
    void no_session_id_ever_appears_in_an_address() throws Exception {
        for (String path : new String[] {"/home", "/my/requests", "/account/password",
                "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/report.pdf"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path)
                    .doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
        assertThat(get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void signed_in_pages_and_vaadin_responses_are_never_stored_but_static_files_may_be() throws Exception {
        Browser person = new Browser();
        person.signIn(CLIENT, CLIENT_PASSWORD);
        for (String path : new String[] {"/home", "/my/requests", "/account"}) {
            HttpResponse<String> page = person.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(cacheControl(page)).as(path).contains("no-store");
        }
        HttpResponse<String> init = person.get("/?v-r=init&location=home");
        assertThat(cacheControl(init)).as("Vaadin's init").contains("no-store");
        Matcher uiId = UI_ID.matcher(init.body());
        Matcher key = SECURITY_KEY.matcher(init.body());
        assertThat(uiId.find() && key.find()).as(init.body()).isTrue();
        HttpResponse<String> uidl = person.postJson("/?v-r=uidl&v-uiId=" + uiId.group(1),
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(cacheControl(uidl)).as("Vaadin's UIDL").contains("no-store");

        assertThat(cacheControl(get("/styles.css"))).as("a public stylesheet").doesNotContain("no-store");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The Cache-Control directives, however the header was split. */
    private static List<String> cacheControl(HttpResponse<?> response) {
        return response.headers().allValues("Cache-Control").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An HTTP client with its own cookies: one browser, one session. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            assertThat(csrf.find()).as("the sign-in page carries the form token").isTrue();
            postForm("/login", "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1)), null);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form, String origin) throws Exception {
            var request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (origin != null) {
                request.header("Origin", origin).header("Sec-Fetch-Site", "cross-site");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
