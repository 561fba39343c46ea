package org.expertportal.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.expertportal.account.SessionService;
import org.expertportal.account.ui.LoginView;
import org.expertportal.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Every view is denied unless it says otherwise; health is public for orchestrators; every
 * response carries the security headers.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Runs first and last on every request: see {@link SecurityContextPerRequest}. */
    @Bean
    FilterRegistrationBean<SecurityContextPerRequest> securityContextPerRequest() {
        var registration = new FilterRegistrationBean<>(new SecurityContextPerRequest());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorFailureHandler failures,
            RequestUtil vaadinRequests) throws Exception {
        // HSTS is written on HTTPS requests only (behind the production proxy), for a year.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/images/**")
                .permitAll());
        // Vaadin's own CSRF setup exempts its login page from the token, so that a form posted from
        // any site to /login signed the browser into the poster's account (login CSRF). The token is
        // required there now: Vaadin's LoginForm sends it from the page's _csrf meta tags. Only
        // Vaadin's internal requests stay exempt (UIDL and push carry Vaadin's own token).
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredSignInForm());
                        return filter;
                    }
                }));
        // Vaadin sets the login page and the success handler only: a correct password for an
        // account with two-factor authentication fails into the second step from here. After
        // Vaadin's configurer, so that the form login is initialised with Vaadin's login page
        // (before it, Spring would generate its own login page at /login).
        http.formLogin(form -> form.failureHandler(failures));
        return http.build();
    }

    /**
     * First of all, in Tomcat itself: the client's address and scheme behind a trusted proxy
     * ({@code portal.trusted-proxies}), so that Tomcat (the session cookie's {@code Secure} flag),
     * every filter and the throttles see the same.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> forwardedHeaders(
            @Value("${portal.trusted-proxies:}") String trustedProxies) {
        TrustedProxies proxies = TrustedProxies.parse(trustedProxies);
        return factory -> factory.addEngineValves(new ForwardedHeadersValve(proxies));
    }

    /** Before everything else, on every dispatch, so that no response leaves without them. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR,
                DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Before Spring Security, so that an expired session is gone before anyone reads it. */
    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetime(Clock clock) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** After the lifetime check, before Spring Security: an ended session is gone before anyone reads it. */
    @Bean
    FilterRegistrationBean<ActiveSessionFilter> activeSessions(SessionService sessions) {
        var registration = new FilterRegistrationBean<>(new ActiveSessionFilter(sessions));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Vaadin's default navigation access control, with refused navigations audited. */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(AuditTrail audit) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new AuditedAccessDecisions(audit))
                .disabled();
    }

    /**
     * The one navigation access control Vaadin uses (its own configuration still builds the default one, which
     * nothing then uses): the same checks, with roles read from the request ({@link PortalNavigationAccessControl}).
     */
    @Bean
    @Primary
    NavigationAccessControl portalNavigationAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer) {
        return configurer.build(PortalNavigationAccessControl::new, checkers);
    }

    /** Publishes refused HTTP requests as events, so that {@link SecurityAuditListener} audits them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * Stores new passwords as Argon2id and still reads the PBKDF2 and BCrypt hashes of older installations and the
     * demo accounts ({@link PasswordHashing}, ADR 046). Not BCrypt for new ones: BCrypt refuses passwords over 72
     * bytes, and the policy allows 128 characters in any script (40 Cyrillic characters are already 80 bytes).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${portal.security.password-memory-at-start:true}") boolean reserveMemoryAtStart) {
        return new PasswordHashing(PasswordHashing.defaultPermits(), reserveMemoryAtStart);
    }
}
