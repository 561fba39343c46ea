package org.expertportal.security;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.expertportal.TestClock;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.DemoSecondFactor;
import org.expertportal.account.TwoFactorService;
import org.expertportal.identity.Role;
import org.expertportal.ui.KaribuTest;
import org.expertportal.ui.PortalTranslations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The real second step: the password through the authentication manager the form uses, its
 * failure handler, then the code on {@code /login/two-factor}. Nobody is signed in between.
 */
class SecondFactorIT extends KaribuTest {

    private static final String PASSWORD = "a long staff passphrase";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    SecondFactorFailureHandler failureHandler;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private String previousRemoteAddress;

    @BeforeEach
    void anEnrolledStaffMemberOnItsOwnNetworkAddress() {
        // The throttle also counts per client address: each test comes from its own, so that one
        // test's wrong codes do not slow the next.
        previousRemoteAddress = FakeHttpEnvironment.INSTANCE.getRemoteAddr();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("203.0.113." + NEXT_ADDRESS.incrementAndGet());
        email = "second-factor-" + System.nanoTime() + "@portal.test";
        accounts.save(AccountFixtures.withPasswordHash(email, "Enrolled Staff", Role.STAFF,
                passwordEncoder.encode(PASSWORD), clock));
        assertThat(twoFactor.provision(email, SECRET)).isTrue();
    }

    @AfterEach
    void backToTheUsualAddress() {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(previousRemoteAddress);
    }

    @Test
    void a_correct_password_alone_signs_nobody_in_and_the_code_does_under_a_new_session_id() throws Exception {
        assertThatThrownBy(() -> password(email, PASSWORD)).isInstanceOf(SecondFactorRequiredException.class);
        MockHttpServletResponse response = afterPassword();
        assertThat(response.getRedirectedUrl()).endsWith("/login/two-factor");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("not signed in yet").isNull();
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).as("every other page treats the visitor as anonymous")
                .isEqualTo("LoginView");

        UI.getCurrent().navigate("login/two-factor");
        assertThat(currentView().getSimpleName()).isEqualTo("SecondFactorView");
        String sessionBefore = httpRequest().getSession().getId();
        typeCode(DemoSecondFactor.codeAt(SECRET, clock.instant()));

        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn.getPrincipal()).isInstanceOf(PortalUser.class);
        assertThat(((PortalUser) signedIn.getPrincipal()).getUsername()).isEqualTo(email);
        assertThat(httpRequest().getSession().getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("kept for the next requests").isNotNull();
        assertThat(httpRequest().getSession().getId()).as("a new session id").isNotEqualTo(sessionBefore);
        assertThat(httpRequest().getSession().getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void a_replayed_code_is_refused_and_counted_as_a_failed_sign_in() throws Exception {
        String code = DemoSecondFactor.codeAt(SECRET, clock.instant());
        signInWith(code);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        newBrowserSession();
        signInWith(code);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        TextField field = _get(TextField.class, spec -> spec.withId("second-factor-code"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(
                "The code is not correct, or it has been used already. Enter the code the app shows now.");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where subject_kind = 'ACCOUNT' "
                + "and subject_hash = ?", Long.class, AccountFixtures.throttleKey(email))).isEqualTo(1);
    }

    @Test
    void a_recovery_code_signs_in_once() throws Exception {
        List<String> recovery = recoveryCodesFor(email);
        signInWith(recovery.getFirst());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        newBrowserSession();
        signInWith(recovery.getFirst());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("used up").isNull();
    }

    @Test
    void wrong_codes_count_towards_the_throttle_with_the_passwords() throws Exception {
        // Time stands still: the first wait after the fifth failure is one second, which a busy
        // machine could let pass between the last code and the password step (a failure seen in CI).
        ((TestClock) clock).fixAt(clock.instant());
        try {
            assertThatThrownBy(() -> password(email, PASSWORD)).isInstanceOf(SecondFactorRequiredException.class);
            afterPassword();
            UI.getCurrent().navigate("login/two-factor");
            for (int i = 0; i < 5; i++) {
                typeCode("00000" + i);
            }
            typeCode(DemoSecondFactor.codeAt(SECRET, clock.instant()));
            assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
            assertThat(_get(TextField.class, spec -> spec.withId("second-factor-code")).getErrorMessage())
                    .isEqualTo("Too many failed attempts. Wait a few minutes, then try again.");
            assertThatThrownBy(() -> password(email, PASSWORD))
                    .as("the password step waits too").isInstanceOf(LockedException.class);
        } finally {
            ((TestClock) clock).reset();
        }
    }

    @Test
    void a_sign_in_form_whose_token_had_expired_comes_back_saying_so() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("The sign-in page had expired")
                .doesNotContain("Incorrect email or password");
    }

    @Test
    void the_second_step_without_a_correct_password_leads_back_to_sign_in() {
        UI.getCurrent().navigate("login/two-factor");
        assertThat(currentView().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void the_second_step_speaks_russian() throws Exception {
        assertThatThrownBy(() -> password(email, PASSWORD)).isInstanceOf(SecondFactorRequiredException.class);
        afterPassword();
        useLanguage(PortalTranslations.RUSSIAN);
        UI.getCurrent().navigate("login/two-factor");
        assertThat(_get(H1.class).getText()).isEqualTo("Введите код");
        assertThat(_get(Button.class, spec -> spec.withId("second-factor-submit")).getText()).isEqualTo("Продолжить");
    }

    private void signInWith(String code) throws Exception {
        afterPassword();
        UI.getCurrent().navigate("login/two-factor");
        typeCode(code);
    }

    private void typeCode(String code) {
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), code);
        _click(_get(Button.class, spec -> spec.withId("second-factor-submit")));
    }

    /** Signed in fully (as Karibu's signIn does), the person makes their recovery codes. */
    private List<String> recoveryCodesFor(String address) {
        signIn(address);
        List<String> codes = twoFactor.regenerateRecoveryCodes(PASSWORD);
        newBrowserSession();
        return codes;
    }

    private void password(String address, String password) throws Exception {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(address, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        authentication.getAuthenticationManager().authenticate(token);
    }

    /** What the form's failure handler does with the exception, on this fake browser's request. */
    private MockHttpServletResponse afterPassword() throws Exception {
        var response = new MockHttpServletResponse();
        SecurityContextHolder.clearContext();
        try {
            password(email, PASSWORD);
        } catch (SecondFactorRequiredException required) {
            failureHandler.onAuthenticationFailure(httpRequest(), response, required);
            return response;
        }
        throw new AssertionError("the password alone signed in");
    }

    private static HttpServletRequest httpRequest() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }
}
