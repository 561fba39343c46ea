package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.1 ,fd00::/8");

    @Test
    void addresses_and_ranges_of_both_families_are_trusted_and_nothing_else() {
        assertThat(proxies.trusts("10.55.1.239")).isTrue();
        assertThat(proxies.trusts("192.0.2.1")).isTrue();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("192.0.2.2")).isFalse();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("10.55.1.23910")).isFalse();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.255.255")).isTrue();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.1")).isFalse();
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse(" , ").trusts("127.0.0.1")).isFalse();
    }

    @Test
    void a_configured_entry_that_is_no_address_stops_the_start_with_its_name() {
        for (String wrong : new String[] {"proxy.internal", "10.0.0.0/33", "10.0.0/8", "::1/129", "10.0.0.1/x"}) {
            assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1," + wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(wrong);
        }
    }

    @Test
    void the_client_is_the_rightmost_hop_that_is_no_trusted_proxy() {
        assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.1, 203.0.113.9, 10.1.1.1")))
                .isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.1", "203.0.113.9")))
                .as("several headers are one list").isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("10.1.1.1, 10.2.2.2")))
                .as("only proxies: the farthest").isEqualTo("10.1.1.1");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("2001:DB8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.clientAddress("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    }

    @Test
    void from_a_peer_that_is_no_trusted_proxy_the_header_is_ignored() {
        assertThat(proxies.clientAddress("203.0.113.50", List.of("198.51.100.1"))).isEqualTo("203.0.113.50");
        assertThat(TrustedProxies.parse("").clientAddress("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void a_hop_that_is_no_address_makes_the_peer_the_client() {
        for (String garbage : new String[] {"10.55.1.23910", "198.51.100.1, 10.55.1.23910", "evil.example",
                "203.0.113.9:443", "[2001:db8::1]:443", "1.2.3", "0x7f.0.0.1", "010.0.0.1", "fe80::1%eth0",
                "203.0.113.9,", " ", "unknown", "1.2.3.4 5.6.7.8", "::ffff:999.0.0.1", "1:2:3"}) {
            assertThat(proxies.clientAddress("10.0.0.2", List.of(garbage))).as(garbage).isEqualTo("10.0.0.2");
        }
        assertThat(proxies.clientAddress("10.0.0.2", List.of("garbage, 203.0.113.9")))
                .as("garbage left of the client is the client's own writing").isEqualTo("203.0.113.9");
    }

    @Test
    void the_filter_gives_the_application_the_browsers_address_scheme_and_host_behind_a_trusted_proxy()
            throws Exception {
        var filter = new ForwardedHeadersFilter(TrustedProxies.parse("127.0.0.1"));
        var request = new MockHttpServletRequest("GET", "/home");
        request.setRemoteAddr("127.0.0.1");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "portal.example.org");
        HttpServletRequest seen = through(filter, request);
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.getServerPort()).isEqualTo(443);
        assertThat(seen.getRequestURL()).hasToString("https://portal.example.org/home");

        var direct = new MockHttpServletRequest("GET", "/home");
        direct.setRemoteAddr("198.51.100.20");
        direct.addHeader("X-Forwarded-For", "203.0.113.9");
        direct.addHeader("X-Forwarded-Proto", "https");
        direct.addHeader("X-Forwarded-Host", "evil.example");
        HttpServletRequest untouched = through(filter, direct);
        assertThat(untouched.getRemoteAddr()).isEqualTo("198.51.100.20");
        assertThat(untouched.isSecure()).isFalse();
        assertThat(untouched.getServerName()).isEqualTo("localhost");
    }

    private static HttpServletRequest through(ForwardedHeadersFilter filter, MockHttpServletRequest request)
            throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (passed, response) -> seen.set((HttpServletRequest) passed));
        return seen.get();
    }
}
