package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.account.SignInThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which address the portal records for a request, over real connections: the test profile trusts
 * the default proxies (127.0.0.1 and ::1), so a connection from 127.0.0.1 is a proxy's and one from
 * 127.0.0.2 is a client's. A failed sign-in records the address in the audit trail, the same
 * address the sign-in throttle keys on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedAddressIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void from_a_trusted_proxy_the_rightmost_address_that_is_no_proxy_is_the_client() throws Exception {
        assertThat(addressRecordedFor("127.0.0.1", List.of("192.0.2.66, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(addressRecordedFor("127.0.0.1", List.of("192.0.2.66", "203.0.113.9, 127.0.0.1")))
                .as("trusted hops are skipped, over several headers").isEqualTo("203.0.113.9");
        assertThat(addressRecordedFor("127.0.0.1", List.of("2001:db8:0:0:0:0:0:7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void from_anyone_else_the_header_is_ignored() throws Exception {
        assertThat(addressRecordedFor("127.0.0.2", List.of("203.0.113.9"))).isEqualTo("127.0.0.2");
    }

    @Test
    void a_hop_that_is_no_address_is_never_stored_and_the_peer_counts() throws Exception {
        for (String garbage : new String[] {"10.55.1.23910", "203.0.113.9, 10.55.1.23910", "evil.example",
                "203.0.113.9:443", "' or 1=1 --", "1.2.3", "0x7f.0.0.1", "fe80::1%eth0"}) {
            assertThat(addressRecordedFor("127.0.0.1", List.of(garbage))).as(garbage).isEqualTo("127.0.0.1");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where ip like '%23910%'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_session where ip like '%23910%'", Long.class))
                .isZero();
    }

    /** Fails a sign-in from that local address with those headers; the address the audit trail kept. */
    private String addressRecordedFor(String from, List<String> forwardedFor) throws Exception {
        String email = "forwarded-" + System.nanoTime() + "@firm.test";
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.ofLiteral(from))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        Matcher csrf = CSRF.matcher(client.send(HttpRequest.newBuilder(login).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        var post = HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email)
                        + "&password=wrong-password&_csrf=" + encode(csrf.group(1))));
        for (String value : forwardedFor) {
            post.header("X-Forwarded-For", value);
        }
        client.send(post.build(), HttpResponse.BodyHandlers.discarding());
        return jdbc.queryForObject(
                "select ip from audit_event where action in ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED') and target_id = ?",
                String.class,
                SignInThrottle.addressKey(email));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
