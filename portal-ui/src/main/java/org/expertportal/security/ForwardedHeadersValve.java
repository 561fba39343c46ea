package org.expertportal.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Behind a TLS-terminating proxy: the client's address, the scheme, host and port as the browser
 * used them, taken from {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port}
 * only when the request comes straight from a {@link TrustedProxies trusted proxy}; from anyone else
 * these headers are ignored (docs/adr/032). A Tomcat valve rather than a servlet filter, because
 * Tomcat itself must see the scheme: it marks the session cookie {@code Secure} from it, and a
 * filter's request wrapper is never asked. Everything after it, the throttles, the audit trail,
 * the session list and HSTS, sees the same address and scheme.
 */
final class ForwardedHeadersValve extends ValveBase {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final TrustedProxies proxies;

    ForwardedHeadersValve(TrustedProxies proxies) {
        super(true);
        this.proxies = proxies;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String peer = request.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            getNext().invoke(request, response);
            return;
        }
        String remoteHost = request.getRemoteHost();
        String scheme = request.getScheme();
        boolean secure = request.isSecure();
        String serverName = request.getServerName();
        int serverPort = request.getServerPort();
        try {
            List<String> forwardedFor = Collections.list(request.getHeaders(FORWARDED_FOR));
            String client = proxies.clientAddress(peer, forwardedFor);
            request.setRemoteAddr(client);
            request.setRemoteHost(client);
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            String forwardedScheme = "https".equals(proto) || "http".equals(proto) ? proto : scheme;
            request.getCoyoteRequest().scheme().setString(forwardedScheme);
            request.setSecure(forwardedScheme.equals("https"));
            String host = last(request.getHeader("X-Forwarded-Host"));
            if (host != null && HOST.matcher(host).matches()) {
                request.getCoyoteRequest().serverName().setString(host);
            }
            String port = last(request.getHeader("X-Forwarded-Port"));
            int forwardedPort = port != null && PORT.matcher(port).matches() ? Integer.parseInt(port) : 0;
            if (forwardedPort > 0 && forwardedPort <= 65535) {
                request.setServerPort(forwardedPort);
            } else if (!forwardedScheme.equals(scheme)) {
                request.setServerPort(forwardedScheme.equals("https") ? 443 : 80);
            }
            getNext().invoke(request, response);
        } finally {
            request.setRemoteAddr(peer);
            request.setRemoteHost(remoteHost);
            request.getCoyoteRequest().scheme().setString(scheme);
            request.setSecure(secure);
            request.getCoyoteRequest().serverName().setString(serverName);
            request.setServerPort(serverPort);
        }
    }

    /** The value the nearest proxy wrote: the last of a comma-separated list, lower case. */
    private static String last(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] values = header.split(",");
        return values[values.length - 1].strip().toLowerCase(Locale.ROOT);
    }
}
