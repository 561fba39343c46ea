package org.expertportal.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Behind a TLS-terminating proxy: the client's address, the scheme, host and port as the browser
 * used them, taken from {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port}
 * only when the request comes straight from a {@link TrustedProxies trusted proxy}. From anyone else
 * these headers are ignored. It runs first, so the throttles, the audit trail, the session list and
 * HSTS all see the same address and scheme (docs/adr/032).
 */
class ForwardedHeadersFilter implements Filter {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final TrustedProxies proxies;

    ForwardedHeadersFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && !(http instanceof Forwarded)
                && proxies.trusts(http.getRemoteAddr())) {
            chain.doFilter(new Forwarded(http, proxies), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A request that came through a trusted proxy, as the browser sent it to the proxy. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String clientAddress;
        private final String scheme;
        private final String serverName;
        private final int serverPort;

        Forwarded(HttpServletRequest request, TrustedProxies proxies) {
            super(request);
            List<String> forwardedFor = Collections.list(request.getHeaders(FORWARDED_FOR));
            this.clientAddress = proxies.clientAddress(request.getRemoteAddr(), forwardedFor);
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            this.scheme = proto != null && (proto.equals("https") || proto.equals("http")) ? proto : request.getScheme();
            String host = last(request.getHeader("X-Forwarded-Host"));
            this.serverName = host != null && HOST.matcher(host).matches() ? host : request.getServerName();
            String port = last(request.getHeader("X-Forwarded-Port"));
            int forwardedPort = port != null && PORT.matcher(port).matches() ? Integer.parseInt(port) : 0;
            if (forwardedPort > 0 && forwardedPort <= 65535) {
                this.serverPort = forwardedPort;
            } else if (!scheme.equals(request.getScheme())) {
                this.serverPort = scheme.equals("https") ? 443 : 80;
            } else {
                this.serverPort = request.getServerPort();
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

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public String getRemoteHost() {
            return clientAddress;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return scheme.equals("https");
        }

        @Override
        public String getServerName() {
            return serverName;
        }

        @Override
        public int getServerPort() {
            return serverPort;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(serverName);
            boolean defaultPort = scheme.equals("https") && serverPort == 443 || scheme.equals("http") && serverPort == 80;
            if (!defaultPort) {
                url.append(':').append(serverPort);
            }
            return url.append(getRequestURI());
        }
    }
}
