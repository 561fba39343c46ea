package org.expertportal.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the first load of a page the HTTP status its error page stands for. Vaadin 25 answers the
 * first GET of any route with its bootstrap page before any navigation runs, so the status that
 * {@link NotFoundView} and {@link AccessDeniedView} return reaches only in-app navigations; this
 * filter, after Spring Security, asks the same questions beforehand: no route matches (404), the
 * signed-in person's role may not open the view (403), the view's {@link PageExistence} says there
 * is no such page for this person (404). The page itself is still Vaadin's, which then shows the
 * portal's error page. Anonymous visitors to protected pages never get here: Spring Security sends
 * them to sign in first.
 */
class InitialLoadStatusFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(InitialLoadStatusFilter.class);
    /** Paths Vaadin or Spring serve that are not pages. */
    private static final List<String> NOT_PAGES = List.of("VAADIN/", "HEARTBEAT/", "actuator", "images/");

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();
    private final List<PageExistence> existence;

    InitialLoadStatusFilter(List<PageExistence> existence) {
        this.existence = List.copyOf(existence);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The use cases ask the static SecurityContextHolder who is signed in. Outside a Vaadin
        // request that is the holder strategy's own thread: give it this request's sign-in for the
        // check, then put back what was there. (In a JVM with several Spring applications, as in
        // the tests, the static strategy can belong to another application than the filter chain
        // that read this request's session, and would otherwise see nobody.)
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            if (request.getUserPrincipal() instanceof Authentication signedIn) {
                SecurityContext forThisRequest = SecurityContextHolder.createEmptyContext();
                forThisRequest.setAuthentication(signedIn);
                SecurityContextHolder.setContext(forThisRequest);
            }
            status(request).ifPresent(response::setStatus);
        } catch (RuntimeException unanswered) {
            // The page itself still decides what it shows; only its status stays 200.
            LOG.warn("No status worked out for the first load of /{}", path(request), unanswered);
        } finally {
            SecurityContextHolder.setContext(before);
        }
        chain.doFilter(request, response);
    }

    private OptionalInt status(HttpServletRequest request) {
        NavigationRouteTarget route = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path(request));
        if (route == null || !route.hasTarget()) {
            // A file name (styles.css, favicon.ico) is not a page: whoever serves files answers it.
            // A page address with a dot in it (/my/requests/ER-2026-000041.json) still gets its 404.
            return isFileName(path(request)) ? OptionalInt.empty() : OptionalInt.of(HttpStatusCode.NOT_FOUND.getCode());
        }
        Class<?> view = route.getRouteTarget().getTarget();
        if (request.getUserPrincipal() != null && !access.hasAccess(view, request)) {
            return OptionalInt.of(HttpStatusCode.FORBIDDEN.getCode());
        }
        for (PageExistence check : existence) {
            if (check.answersFor(view) && !check.exists(view, route.getRouteParameters())) {
                return OptionalInt.of(HttpStatusCode.NOT_FOUND.getCode());
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isFileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
