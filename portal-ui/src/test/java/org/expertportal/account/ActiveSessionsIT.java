package org.expertportal.account;

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
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Two real HTTP sessions of one account against the running portal: ending one from the other, or
 * disabling the account, makes the ended session's next request land on the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActiveSessionsIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    SentMailArchive mail;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private long accountId;

    @BeforeEach
    void anAccount() {
        email = "sessions-" + System.nanoTime() + "@firm.test";
        Account account = new Account(email, "Two Browsers", Role.CLIENT, clock.instant());
        account.setPassword(passwordEncoder.encode(PASSWORD), false);
        accountId = accounts.save(account).getId();
    }

    @AfterEach
    void nobodyInThisThread() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_owner_sees_both_sessions_and_ending_one_sends_its_next_request_to_sign_in() throws Exception {
        Browser laptop = signedIn("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        Browser phone = signedIn("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");

        actAs(email, phone);
        List<ActiveSession> listed = sessions.mySessions();
        assertThat(listed).hasSize(2);
        assertThat(listed).filteredOn(ActiveSession::current).singleElement()
                .extracting(ActiveSession::userAgent).isEqualTo("Safari / iOS");
        assertThat(jdbc.queryForObject("select count(*) from user_session where session_hash in (?, ?)", Long.class,
                laptop.sessionId(), phone.sessionId())).as("session ids are never stored in plain").isZero();

        ActiveSession other = listed.stream().filter(session -> !session.current()).findFirst().orElseThrow();
        assertThat(other.userAgent()).isEqualTo("Firefox / Linux");
        sessions.endMySession(other.id());

        assertThat(laptop.get("/home").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/home").headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(phone.get("/home").statusCode()).as("the session in use goes on").isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SESSION_ENDED_BY_USER' and target_id = ?""",
                Long.class, String.valueOf(other.id()))).isEqualTo(1);
    }

    @Test
    void ending_all_other_sessions_keeps_only_the_one_in_use() throws Exception {
        Browser first = signedIn("Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36");
        Browser second = signedIn("Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36");
        Browser third = signedIn("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15");

        actAs(email, third);
        assertThat(sessions.endMyOtherSessions()).isEqualTo(2);

        assertThat(first.get("/home").statusCode()).isEqualTo(302);
        assertThat(second.get("/home").statusCode()).isEqualTo(302);
        assertThat(third.get("/home").statusCode()).isEqualTo(200);
        assertThat(sessions.mySessions()).singleElement().extracting(ActiveSession::current).isEqualTo(true);
    }

    @Test
    void disabling_the_account_ends_every_session_at_once_and_refuses_new_sign_ins() throws Exception {
        Browser laptop = signedIn("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
        Browser phone = signedIn("Mozilla/5.0 (Linux; Android 14) Chrome/140.0 Mobile Safari/537.36");

        actAs("admin@demo.test", null);
        accountService.disable(accountId);

        assertThat(laptop.get("/home").statusCode()).isEqualTo(302);
        assertThat(phone.get("/home").statusCode()).isEqualTo(302);
        Browser again = new Browser("Mozilla/5.0 Firefox/128.0");
        again.signIn(email, PASSWORD);
        assertThat(again.get("/home").statusCode()).as("a disabled account cannot sign in").isEqualTo(302);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SESSION_ENDED_BY_ADMIN' and detail like ?""",
                Long.class, "%account " + accountId)).isEqualTo(2);
    }

    @Test
    void changing_the_password_signs_out_every_other_session_and_keeps_the_one_it_was_changed_in() throws Exception {
        Browser laptop = signedIn("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        Browser phone = signedIn("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");

        actAs(email, phone);
        accountService.changePassword(PASSWORD, "another long enough passphrase");

        assertThat(laptop.get("/home").statusCode()).as("the other session").isEqualTo(302);
        assertThat(laptop.get("/home").headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(phone.get("/home").statusCode()).as("the session it was changed in").isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SESSION_ENDED_BY_USER' and detail = ?""",
                Long.class, "password changed, account " + accountId)).isEqualTo(1);
    }

    @Test
    void a_session_signed_in_but_not_used_yet_is_signed_out_by_a_password_change_too() throws Exception {
        Browser thief = new Browser("Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36");
        thief.signIn(email, PASSWORD);
        Browser phone = signedIn("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");

        actAs(email, phone);
        accountService.changePassword(PASSWORD, "another long enough passphrase");

        assertThat(thief.get("/home").statusCode()).as("signed in with the old password, first used after")
                .isEqualTo(302);
        assertThat(phone.get("/home").statusCode()).isEqualTo(200);
    }

    @Test
    void a_password_reset_from_a_link_signs_out_every_session_of_the_account() throws Exception {
        Browser laptop = signedIn("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        Browser phone = signedIn("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");

        links.requestPasswordReset(email, "192.0.2.10");
        String link = CapturedMails.awaitLink(mail, email, AccountLifecycleIT.RESET);
        nobodyInThisThread();
        links.setPasswordWithLink(link.substring(link.indexOf('=') + 1), "another long enough passphrase");

        assertThat(laptop.get("/home").statusCode()).isEqualTo(302);
        assertThat(phone.get("/home").statusCode()).isEqualTo(302);
        Browser again = new Browser("Mozilla/5.0 Firefox/128.0");
        again.signIn(email, "another long enough passphrase");
        assertThat(again.get("/home").statusCode()).as("the new password signs in").isEqualTo(200);
    }

    @Test
    void a_confirmed_email_change_signs_out_every_other_session() throws Exception {
        Browser laptop = signedIn("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        Browser phone = signedIn("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");
        String changed = "changed-" + email;

        actAs(email, phone);
        links.requestEmailChange(PASSWORD, changed);
        String link = CapturedMails.awaitLink(mail, changed, "Confirm your new email address");
        links.confirmEmailChange(link.substring(link.indexOf('=') + 1));

        assertThat(laptop.get("/home").statusCode()).as("the other session").isEqualTo(302);
        assertThat(phone.get("/home").statusCode()).as("the session it was confirmed in").isEqualTo(200);
    }

    private Browser signedIn(String userAgent) throws Exception {
        Browser browser = new Browser(userAgent);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("/home").statusCode()).as("signed in").isEqualTo(200);
        return browser;
    }

    /** Runs the use cases in this thread as that person, in that browser's session if given. */
    private void actAs(String who, Browser in) {
        var user = users.loadUserByUsername(who);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var request = new MockHttpServletRequest();
        if (in != null) {
            request.setSession(new MockHttpSession(null, in.sessionId()));
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /** An HTTP client with its own cookies: one browser, one session. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;
        private final String userAgent;

        Browser(String userAgent) {
            this.userAgent = userAgent;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        void signIn(String email, String password) throws Exception {
            String page = get("/login").body();
            Matcher csrf = CSRF.matcher(page);
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
            http.send(HttpRequest.newBuilder(uri("/login"))
                            .header("User-Agent", userAgent)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("User-Agent", userAgent).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
