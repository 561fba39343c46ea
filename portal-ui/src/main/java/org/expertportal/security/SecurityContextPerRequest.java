package org.expertportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing set through the static {@link SecurityContextHolder} outlives the request it was set in.
 * Spring Security clears its own holder after each request; Vaadin points the static holder at the
 * holder of the Spring context started last, which in a JVM with several contexts (the tests) may be
 * another one, so a context set there (the second-factor step sets one) stayed on the server thread
 * and the next request on it read a person who was not signed in there. In production there is one
 * context and this clears what is already clear.
 */
class SecurityContextPerRequest extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolder.clearContext();
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
