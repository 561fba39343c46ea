package org.expertportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The role-to-view table: every route for anonymous visitors, clients, another client, staff and
 * administrators. A new view is not done until it has a row here. A role that may not open a page
 * sees the portal's {@link AccessDeniedView}; an unknown address, slug or reference, and another
 * client's request alike, the portal's {@link NotFoundView} (docs/adr/026).
 */
class ViewAccessIT extends KaribuTest {

    static final String CLIENT = "client@demo.test";
    static final String STAFF = "staff@demo.test";
    static final String ADMIN = "admin@demo.test";
    static final String ANONYMOUS = "anonymous";
    /** A client of no organisation with no requests of their own, created for this table. */
    static final String ANOTHER_CLIENT = "another-client@access.test";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anotherClient() {
        if (accounts.findByEmail(ANOTHER_CLIENT).isEmpty()) {
            accounts.save(AccountFixtures.withPasswordHash(ANOTHER_CLIENT, "Another Client", Role.CLIENT,
                    passwordEncoder.encode("another client's passphrase"), clock));
        }
    }

    /** What the visitor ends up seeing: the view's simple class name. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("", "LandingView", "HomeView", "HomeView", "HomeView", "HomeView"),
                row("login", "LoginView", "HomeView", "HomeView", "HomeView", "HomeView"),
                row("home", "LoginView", "HomeView", "HomeView", "HomeView", "HomeView"),
                row("account/password", "LoginView", "ChangePasswordView", "ChangePasswordView", "ChangePasswordView",
                        "ChangePasswordView"),
                row("account/notifications", "LoginView", "AlertSettingsView", "AlertSettingsView",
                        "AlertSettingsView", "AlertSettingsView"),
                row("account/sessions", "LoginView", "AccountSessionsView", "AccountSessionsView",
                        "AccountSessionsView", "AccountSessionsView"),
                row("admin/system", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "SystemOverviewView"),
                row("countries", "CountriesView", "CountriesView", "CountriesView", "CountriesView", "CountriesView"),
                row("countries/mongolia", "CountryProfileView", "CountryProfileView", "CountryProfileView",
                        "CountryProfileView", "CountryProfileView"),
                row("search", "SearchView", "SearchView", "SearchView", "SearchView", "SearchView"),
                // Unknown addresses and slugs: the portal's own page, for everyone who may open the route.
                row("countries/atlantis", "NotFoundView", "NotFoundView", "NotFoundView", "NotFoundView",
                        "NotFoundView"),
                row("admin/countries/atlantis", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "AccessDeniedView", "NotFoundView"),
                row("admin/countries", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "CountryReviewView"),
                row("admin/countries/mongolia", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "AccessDeniedView", "CountryEditorView"),
                row("admin/notifications", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "OutboxView"),
                row("admin/mail", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "CapturedMailView"),
                row("experts", "ExpertsView", "ExpertsView", "ExpertsView", "ExpertsView", "ExpertsView"),
                row("experts/bolormaa-tsend", "ExpertProfileView", "ExpertProfileView", "ExpertProfileView",
                        "ExpertProfileView", "ExpertProfileView"),
                row("experts/no-such-expert", "NotFoundView", "NotFoundView", "NotFoundView", "NotFoundView",
                        "NotFoundView"),
                row("staff/samples", "LoginView", "AccessDeniedView", "AccessDeniedView", "StaffSamplesView",
                        "StaffSamplesView"),
                row("admin/experts", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "AdminExpertsView"),
                row("request", "RequestFormView", "RequestFormView", "RequestFormView", "RequestFormView",
                        "RequestFormView"),
                // The short form (ADR 035): public like the full form.
                row("request/ask", "ShortRequestView", "ShortRequestView", "ShortRequestView", "ShortRequestView",
                        "ShortRequestView"),
                row("privacy", "PrivacyNoticeView", "PrivacyNoticeView", "PrivacyNoticeView", "PrivacyNoticeView",
                        "PrivacyNoticeView"),
                // A held request's confirmation link (ADR 033): clients only; without a usable token of the
                // signed-in client's own, the page shows one "cannot be used" message.
                row("request/confirm", "LoginView", "ConfirmRequestView", "ConfirmRequestView", "AccessDeniedView",
                        "AccessDeniedView"),
                row("my/requests", "LoginView", "MyRequestsView", "MyRequestsView", "AccessDeniedView",
                        "AccessDeniedView"),
                // The demo client's request; staff work it on their own page, never on the client's. Another
                // client sees what an unknown reference shows: nothing tells them the reference exists.
                row("my/requests/er-2026-000041", "LoginView", "MyRequestView", "NotFoundView", "AccessDeniedView",
                        "AccessDeniedView"),
                row("my/requests/er-1999-000001", "LoginView", "NotFoundView", "NotFoundView", "AccessDeniedView",
                        "AccessDeniedView"),
                row("staff/requests/er-2026-000041", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "StaffRequestView", "StaffRequestView"),
                row("staff/requests/er-1999-000001", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "NotFoundView", "NotFoundView"),
                row("account", "LoginView", "AccountView", "AccountView", "AccountView", "AccountView"),
                row("account/reset", "PasswordResetView", "PasswordResetView", "PasswordResetView",
                        "PasswordResetView", "PasswordResetView"),
                row("account/set-password", "SetPasswordView", "SetPasswordView", "SetPasswordView",
                        "SetPasswordView", "SetPasswordView"),
                row("account/confirm-email", "ConfirmEmailView", "ConfirmEmailView", "ConfirmEmailView",
                        "ConfirmEmailView", "ConfirmEmailView"),
                row("account/organisation", "LoginView", "OrganisationView", "OrganisationView", "AccessDeniedView",
                        "AccessDeniedView"),
                row("admin/users", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "AdminUsersView"),
                row("account/two-factor", "LoginView", "TwoFactorView", "TwoFactorView", "TwoFactorView",
                        "TwoFactorView"),
                // The second step opens only after a correct password in the same session.
                row("login/two-factor", "LoginView", "HomeView", "HomeView", "HomeView", "HomeView"),
                row("admin/audit", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "AuditLogView"),
                // Each staff member's own availability and consultations; admins who take them too.
                row("staff/availability", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "StaffAvailabilityView", "StaffAvailabilityView"),
                row("staff/consultations", "LoginView", "AccessDeniedView", "AccessDeniedView",
                        "StaffConsultationsView", "StaffConsultationsView"),
                row("staff/queue", "LoginView", "AccessDeniedView", "AccessDeniedView", "StaffQueueView",
                        "StaffQueueView"),
                row("staff/my-day", "LoginView", "AccessDeniedView", "AccessDeniedView", "MyDayView", "MyDayView"),
                row("admin/sla", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "ServiceLevelView"),
                row("account/privacy", "LoginView", "PrivacySettingsView", "PrivacySettingsView", "AccessDeniedView",
                        "AccessDeniedView"),
                row("admin/privacy", "LoginView", "AccessDeniedView", "AccessDeniedView", "AccessDeniedView",
                        "AdminErasureView"));
    }

    private static Arguments row(String route, String anonymous, String client, String anotherClient,
            String staff, String admin) {
        return Arguments.of(route, anonymous, client, anotherClient, staff, admin);
    }

    @ParameterizedTest(name = "/{0}: anonymous {1}, client {2}, another client {3}, staff {4}, admin {5}")
    @MethodSource("table")
    void each_role_sees_what_it_may_and_nothing_else(
            String route, String anonymous, String client, String anotherClient, String staff, String admin) {
        assertThat(outcome(ANONYMOUS, route)).as("anonymous on /" + route).isEqualTo(anonymous);
        assertThat(outcome(CLIENT, route)).as("client on /" + route).isEqualTo(client);
        assertThat(outcome(ANOTHER_CLIENT, route)).as("another client on /" + route).isEqualTo(anotherClient);
        assertThat(outcome(STAFF, route)).as("staff on /" + route).isEqualTo(staff);
        assertThat(outcome(ADMIN, route)).as("admin on /" + route).isEqualTo(admin);
    }

    @Test
    void the_menu_offers_each_role_only_what_it_may_open() {
        assertThat(menuPaths(CLIENT)).contains("home", "countries", "search", "experts", "my/requests")
                .doesNotContain("admin/system", "admin/countries", "admin/notifications", "admin/mail",
                        "admin/experts", "staff/samples", "admin/users", "staff/availability", "staff/consultations",
                        "staff/queue", "staff/my-day", "admin/sla", "admin/privacy");
        assertThat(menuPaths(STAFF)).contains("home", "countries", "search", "experts", "staff/samples",
                        "staff/availability", "staff/consultations", "staff/queue", "staff/my-day")
                .doesNotContain("admin/system", "admin/countries", "admin/notifications", "admin/mail",
                        "admin/experts", "my/requests", "admin/users", "admin/sla", "admin/privacy");
        assertThat(menuPaths(ADMIN)).contains("home", "admin/system", "admin/countries", "admin/notifications",
                "admin/mail", "experts", "staff/samples", "admin/experts", "admin/users", "admin/audit",
                "staff/availability", "staff/consultations", "staff/queue", "staff/my-day", "admin/sla",
                "admin/privacy");
        signOut();
        reloadPage();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath)
                .as("anonymous visitors see the public pages only")
                .contains("countries", "search", "experts")
                .doesNotContain("home", "admin/system", "admin/countries", "admin/experts", "staff/samples",
                        "admin/users", "staff/availability", "staff/consultations", "staff/queue", "staff/my-day",
                        "admin/sla", "admin/privacy", "my/requests");
    }

    private List<String> menuPaths(String who) {
        signOut();
        signIn(who);
        UI.getCurrent().navigate("home");
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    private String outcome(String who, String route) {
        // A reload re-opens the current route: start from the page everyone may open.
        UI.getCurrent().navigate("");
        signOut();
        if (!who.equals(ANONYMOUS)) {
            signIn(who);
        } else {
            reloadPage();
        }
        UI.getCurrent().navigate(route);
        return currentView().getSimpleName();
    }
}
