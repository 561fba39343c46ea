package org.expertportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, written before the request goes anywhere. Spring Security's
 * own header writer does not reach the pages Vaadin serves (they are forwarded to its servlet), so
 * the portal sets them here, once, for everything.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * As strict as Vaadin Flow allows: its client engine needs an inline bootstrap script, eval for
     * server-sent expressions and inline styles; everything else is same-origin only, nothing may
     * frame the portal, and no plugin or foreign form target is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Public files that are the same for everyone may be cached; everything else (pages, Vaadin's
     * init, UIDL and push answers, downloads under {@code /VAADIN/dynamic/}) is personal or may be.
     */
    private static final List<String> STATIC_PREFIXES = List.of(
            "/VAADIN/build/", "/VAADIN/static/", "/VAADIN/themes/", "/images/", "/icons/");

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    private static final List<String> STATIC_FILES = List.of(
            "/styles.css", "/favicon.ico", "/robots.txt", "/manifest.webmanifest", "/sw.js");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        HttpServletResponse answer = response;
        if (!isPublicStaticFile(request)) {
            // No browser, shared computer or proxy may keep a copy of what a signed-in person saw;
            // Vaadin's UIDL handler writes its own "no-cache", which would let a browser store it.
            response.setHeader(CACHE_CONTROL, NO_STORE);
            answer = new NoStoreResponse(response);
        }
        if (request.isSecure()) {
            // HTTPS only (behind the production proxy): browsers then refuse plain HTTP for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, answer);
    }

    /** Keeps "no-store" whatever a later handler writes into Cache-Control. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(CACHE_CONTROL, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    static boolean isPublicStaticFile(HttpServletRequest request) {
        // The container's decoded, normalised path: "/VAADIN/build/../home" is "/home" here.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return STATIC_FILES.contains(path) || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
