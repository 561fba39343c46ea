package org.expertportal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in posted without a valid CSRF token (a sign-in page left open past its session, or a
 * form on another site) signs nobody in and goes back to the sign-in page, which says the page
 * had expired. Any other request without its token is refused with 403.
 */
class ExpiredSignInForm implements AccessDeniedHandler {

    static final String SIGN_IN = "/login";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (refused instanceof CsrfException && "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SIGN_IN)) {
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?expired");
            return;
        }
        otherwise.handle(request, response, refused);
    }
}
