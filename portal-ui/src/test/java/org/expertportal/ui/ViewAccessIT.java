package org.expertportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role-to-view table: every route for anonymous visitors, clients, staff and administrators.
 * A new view is not done until it has a row here.
 */
class ViewAccessIT extends KaribuTest {

    static final String CLIENT = "client@demo.test";
    static final String STAFF = "staff@demo.test";
    static final String ADMIN = "admin@demo.test";
    static final String ANONYMOUS = "anonymous";

    /** What the visitor ends up seeing: the view's simple class name, or DENIED. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("", "LandingView", "HomeView", "HomeView", "HomeView"),
                row("login", "LoginView", "HomeView", "HomeView", "HomeView"),
                row("home", "LoginView", "HomeView", "HomeView", "HomeView"),
                row("account/password", "LoginView", "ChangePasswordView", "ChangePasswordView", "ChangePasswordView"),
                row("account/notifications", "LoginView", "AlertSettingsView", "AlertSettingsView", "AlertSettingsView"),
                row("account/sessions", "LoginView", "AccountSessionsView", "AccountSessionsView",
                        "AccountSessionsView"),
                row("admin/system", "LoginView", "DENIED", "DENIED", "SystemOverviewView"),
                row("countries", "CountriesView", "CountriesView", "CountriesView", "CountriesView"),
                row("countries/mongolia", "CountryProfileView", "CountryProfileView", "CountryProfileView",
                        "CountryProfileView"),
                row("search", "SearchView", "SearchView", "SearchView", "SearchView"),
                row("admin/countries", "LoginView", "DENIED", "DENIED", "CountryReviewView"),
                row("admin/countries/mongolia", "LoginView", "DENIED", "DENIED", "CountryEditorView"),
                row("admin/notifications", "LoginView", "DENIED", "DENIED", "OutboxView"),
                row("admin/mail", "LoginView", "DENIED", "DENIED", "CapturedMailView"),
                row("experts", "ExpertsView", "ExpertsView", "ExpertsView", "ExpertsView"),
                row("experts/bolormaa-tsend", "ExpertProfileView", "ExpertProfileView", "ExpertProfileView",
                        "ExpertProfileView"),
                row("experts/no-such-expert", "DENIED", "DENIED", "DENIED", "DENIED"),
                row("staff/samples", "LoginView", "DENIED", "StaffSamplesView", "StaffSamplesView"),
                row("admin/experts", "LoginView", "DENIED", "DENIED", "AdminExpertsView"),
                row("request", "RequestFormView", "RequestFormView", "RequestFormView", "RequestFormView"),
                row("privacy", "PrivacyNoticeView", "PrivacyNoticeView", "PrivacyNoticeView", "PrivacyNoticeView"),
                row("my/requests", "LoginView", "MyRequestsView", "DENIED", "DENIED"),
                // The demo client's request; staff work it on their own page, never on the client's.
                row("my/requests/er-2026-000041", "LoginView", "MyRequestView", "DENIED", "DENIED"),
                row("my/requests/er-1999-000001", "LoginView", "DENIED", "DENIED", "DENIED"),
                row("staff/requests/er-2026-000041", "LoginView", "DENIED", "StaffRequestView", "StaffRequestView"),
                row("staff/requests/er-1999-000001", "LoginView", "DENIED", "DENIED", "DENIED"),
                row("account", "LoginView", "AccountView", "AccountView", "AccountView"),
                row("account/reset", "PasswordResetView", "PasswordResetView", "PasswordResetView",
                        "PasswordResetView"),
                row("account/set-password", "SetPasswordView", "SetPasswordView", "SetPasswordView",
                        "SetPasswordView"),
                row("account/confirm-email", "ConfirmEmailView", "ConfirmEmailView", "ConfirmEmailView",
                        "ConfirmEmailView"),
                row("account/organisation", "LoginView", "OrganisationView", "DENIED", "DENIED"),
                row("admin/users", "LoginView", "DENIED", "DENIED", "AdminUsersView"),
                row("account/two-factor", "LoginView", "TwoFactorView", "TwoFactorView", "TwoFactorView"),
                // The second step opens only after a correct password in the same session.
                row("login/two-factor", "LoginView", "HomeView", "HomeView", "HomeView"),
                row("admin/audit", "LoginView", "DENIED", "DENIED", "AuditLogView"),
                // Each staff member's own availability and consultations; admins who take them too.
                row("staff/availability", "LoginView", "DENIED", "StaffAvailabilityView", "StaffAvailabilityView"),
                row("staff/consultations", "LoginView", "DENIED", "StaffConsultationsView", "StaffConsultationsView"),
                row("staff/queue", "LoginView", "DENIED", "StaffQueueView", "StaffQueueView"),
                row("staff/my-day", "LoginView", "DENIED", "MyDayView", "MyDayView"),
                row("admin/sla", "LoginView", "DENIED", "DENIED", "ServiceLevelView"),
                row("account/privacy", "LoginView", "PrivacySettingsView", "DENIED", "DENIED"),
                row("admin/privacy", "LoginView", "DENIED", "DENIED", "AdminErasureView"));
    }

    private static Arguments row(String route, String anonymous, String client, String staff, String admin) {
        return Arguments.of(route, anonymous, client, staff, admin);
    }

    @ParameterizedTest(name = "/{0}: anonymous {1}, client {2}, staff {3}, admin {4}")
    @MethodSource("table")
    void each_role_sees_what_it_may_and_nothing_else(
            String route, String anonymous, String client, String staff, String admin) {
        assertThat(outcome(ANONYMOUS, route)).as("anonymous on /" + route).isEqualTo(anonymous);
        assertThat(outcome(CLIENT, route)).as("client on /" + route).isEqualTo(client);
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
        try {
            UI.getCurrent().navigate(route);
        } catch (Throwable refused) {
            // Karibu turns the "access denied" and "not found" error views into thrown errors.
            String name = refused.getClass().getSimpleName();
            if (name.contains("AccessDenied") || name.contains("NotFound")) {
                return "DENIED";
            }
            throw new AssertionError("unexpected navigation failure", refused);
        }
        String view = currentView().getSimpleName();
        return view.contains("Error") || view.contains("NotFound") ? "DENIED" : view;
    }
}
