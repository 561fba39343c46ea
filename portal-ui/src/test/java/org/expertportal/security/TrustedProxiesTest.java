package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

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
    void the_valve_gives_tomcat_and_the_application_the_browsers_address_scheme_and_host_behind_a_trusted_proxy()
            throws Exception {
        var valve = new ForwardedHeadersValve(TrustedProxies.parse("127.0.0.1"));
        Request request = request("127.0.0.1");
        header(request, "X-Forwarded-For", "203.0.113.9");
        header(request, "X-Forwarded-Proto", "https");
        header(request, "X-Forwarded-Host", "portal.example.org");
        Seen seen = through(valve, request);
        assertThat(seen.address()).isEqualTo("203.0.113.9");
        assertThat(seen.secure()).as("Tomcat's own request: the session cookie is marked Secure from it").isTrue();
        assertThat(seen.url()).isEqualTo("https://portal.example.org/home");
        assertThat(request.getRemoteAddr()).as("restored after the request").isEqualTo("127.0.0.1");
        assertThat(request.isSecure()).isFalse();

        Request direct = request("198.51.100.20");
        header(direct, "X-Forwarded-For", "203.0.113.9");
        header(direct, "X-Forwarded-Proto", "https");
        header(direct, "X-Forwarded-Host", "evil.example");
        Seen untouched = through(valve, direct);
        assertThat(untouched.address()).isEqualTo("198.51.100.20");
        assertThat(untouched.secure()).isFalse();
        assertThat(untouched.url()).isEqualTo("http://localhost:8080/home");
    }

    private record Seen(String address, boolean secure, String url) {}

    private static Request request(String peer) {
        var coyote = new org.apache.coyote.Request();
        coyote.scheme().setString("http");
        coyote.serverName().setString("localhost");
        coyote.setServerPort(8080);
        coyote.requestURI().setString("/home");
        coyote.decodedURI().setString("/home");
        var request = new Request(new Connector(), coyote);
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        return request;
    }

    private static void header(Request request, String name, String value) {
        request.getCoyoteRequest().getMimeHeaders().addValue(name).setString(value);
    }

    private static Seen through(ForwardedHeadersValve valve, Request request) throws Exception {
        AtomicReference<Seen> seen = new AtomicReference<>();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request passed, Response response) {
                seen.set(new Seen(passed.getRemoteAddr(), passed.isSecure(), passed.getRequestURL().toString()));
            }
        });
        valve.invoke(request, null);
        return seen.get();
    }
}
