package org.expertportal.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.time.Clock;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless view tests: the whole application context on MariaDB, Vaadin faked in-process by
 * Karibu-Testing, sign-in through the real user details service so that principals carry real
 * account ids.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    /**
     * The application's clock (a {@link org.expertportal.TestClock}): tests work out what to
     * expect from it, never from the wall clock, so that a test that sets it gets consistent times.
     */
    @Autowired
    protected Clock clock;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /**
     * Karibu discovers public views only; ours are package-private, as views should be, so the
     * {@code @Route} classes are found here with ClassGraph and added. The portal's own error pages
     * replace Karibu's "not found" handler, which throws: tests see what a person sees.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.expertportal");
        routes.getErrorRoutes().clear();
        routes.getErrorRoutes().add(NotFoundView.class);
        routes.getErrorRoutes().add(AccessDeniedView.class);
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("org.expertportal")
                .scan()) {
            scan.getClassesWithAnnotation(Route.class.getName())
                    .forEach(info -> routes.getRoutes().add((Class<? extends Component>) info.loadClass()));
        }
        return routes;
    }

    /** Signs in as an existing account and starts a fresh page, as a browser would after sign-in. */
    protected void signIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        reloadPage();
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Closes the browser and opens a new one: a new HTTP and Vaadin session, nobody signed in. */
    protected void newBrowserSession() {
        signOut();
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** A new UI in the same session: what a page reload does in a browser. */
    protected void reloadPage() {
        UI.getCurrent().getPage().reload();
    }

    protected void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        reloadPage();
    }

    protected Class<?> currentView() {
        return UI.getCurrent().getCurrentView().getClass();
    }
}
