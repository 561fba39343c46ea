package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * /admin/users and organisations: only administrators manage accounts, checked by the services
 * themselves; organisation admins manage their own colleagues and find nothing of another
 * organisation.
 */
class AccountAdministrationIT extends KaribuTest {

    static final String INVITED_EXISTING = "An organisation on the Expert Report Portal invited you";

    @Autowired
    AccountAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SentMailArchive mail;

    @Autowired
    UserDetailsService users;

    @Test
    void staff_and_clients_are_refused_every_administrator_action_by_the_services() {
        long clientId = accounts.findByEmail("client@demo.test").orElseThrow().getId();
        for (String who : List.of("staff@demo.test", "client@demo.test")) {
            signOut();
            signIn(who);
            assertThatThrownBy(() -> administration.find("", 0, 10)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.count("")).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.invite(AccountLifecycleIT.unique("x"), "X", Role.ADMIN, null,
                    false)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.changeRole(clientId, Role.ADMIN))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.setEnabled(clientId, false))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.unlock(clientId)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.sendInvitationAgain(clientId))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> organisations.createOrganisation("Firm")).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(organisations::organisations).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> organisations.assign(clientId, null, false))
                    .isInstanceOf(NotPermittedException.class);
        }
        signOut();
        assertThatThrownBy(() -> administration.find("", 0, 10)).isInstanceOf(NotPermittedException.class);
        assertThat(accounts.findByEmail("client@demo.test").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void an_administrator_cannot_disable_or_demote_themself() {
        signIn("admin@demo.test");
        long me = accounts.findByEmail("admin@demo.test").orElseThrow().getId();
        assertThatThrownBy(() -> administration.setEnabled(me, false)).hasMessage("admin-users.not-yourself");
        assertThatThrownBy(() -> administration.changeRole(me, Role.CLIENT)).hasMessage("admin-users.not-yourself");
        assertThat(accounts.findById(me).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_administrator_invites_changes_the_role_disables_enables_and_unlocks() {
        signIn("admin@demo.test");
        String email = AccountLifecycleIT.unique("staff");
        long id = administration.invite(email, "New Staff", Role.STAFF, null, false);
        assertThatThrownBy(() -> administration.invite(email.toUpperCase(), "Again", Role.CLIENT, null, false))
                .hasMessage("admin-users.email-taken");
        CapturedMails.awaitLink(mail, email, AccountLifecycleIT.INVITATION);

        administration.changeRole(id, Role.ADMIN);
        assertThat(accounts.findById(id).orElseThrow().getRole()).isEqualTo(Role.ADMIN);

        administration.setEnabled(id, false);
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isFalse();
        assertThat(administration.find(email, 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.enabled()).isFalse();
            assertThat(row.invited()).isTrue();
        });
        assertThatThrownBy(() -> administration.sendInvitationAgain(id)).hasMessage("admin-users.refused.disabled");
        administration.setEnabled(id, true);
        administration.sendInvitationAgain(id);

        for (int i = 0; i < 10; i++) {
            throttle.failed(email, null);
        }
        assertThat(administration.find(email, 0, 10).getFirst().locked()).isTrue();
        administration.unlock(id);
        assertThat(administration.find(email, 0, 10).getFirst().locked()).isFalse();
        assertThatThrownBy(() -> administration.unlock(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_users_page_searches_by_name_or_email_and_invites_through_a_dialog() {
        signIn("admin@demo.test");
        UI.getCurrent().navigate("admin/users");
        Grid<AccountListing> grid = _get(Grid.class, spec -> spec.withId("users"));
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), "Demo Sta");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).email()).isEqualTo("staff@demo.test");
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), "%");
        assertThat(_size(grid)).as("wildcards are taken literally").isZero();

        String email = AccountLifecycleIT.unique("dialog");
        _click(_get(Button.class, spec -> spec.withId("invite-user")));
        _setValue(_get(EmailField.class, spec -> spec.withId("new-user-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-name")), "Dialog Person");
        _click(_get(Button.class, spec -> spec.withId("send-invitation")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), email);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).role()).isEqualTo(Role.CLIENT);
        assertThat(_get(grid, 0).invited()).isTrue();
    }

    @Test
    void an_organisation_admin_sees_invites_and_removes_colleagues_and_nobody_else() {
        signIn("admin@demo.test");
        long firmA = organisations.createOrganisation("Firm A " + System.nanoTime());
        long firmB = organisations.createOrganisation("Firm B " + System.nanoTime());
        assertThatThrownBy(() -> organisations.createOrganisation(" ")).hasMessage("organisation.name.invalid");
        String adminA = AccountLifecycleIT.unique("a-admin");
        String memberA = AccountLifecycleIT.unique("a-member");
        String adminB = AccountLifecycleIT.unique("b-admin");
        long adminAId = administration.invite(adminA, "A Admin", Role.CLIENT, firmA, true);
        long memberAId = administration.invite(memberA, "A Member", Role.CLIENT, firmA, false);
        long adminBId = administration.invite(adminB, "B Admin", Role.CLIENT, null, false);
        organisations.assign(adminBId, firmB, true);
        assertThatThrownBy(() -> administration.invite(AccountLifecycleIT.unique("s"), "S", Role.STAFF, firmA, false))
                .hasMessage("organisation.clients-only");
        signOut();
        setPassword(adminA);
        setPassword(memberA);
        setPassword(adminB);

        signIn(adminA);
        MyOrganisation mine = organisations.myOrganisation().orElseThrow();
        assertThat(mine.youAdminister()).isTrue();
        assertThat(mine.colleagues()).extracting(Colleague::email).containsExactly(adminA, memberA);
        assertThatThrownBy(() -> organisations.removeColleague(adminBId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisations.removeColleague(adminAId)).isInstanceOf(NotFoundException.class);
        // An address with an account gets the same answer as a new one (#14): no refusal, nothing changed,
        // and its owner is told by mail.
        organisations.inviteColleague(adminB, "Taken");
        assertThat(accounts.findById(adminBId).orElseThrow().getOrganisationId()).contains(firmB);
        assertThat(accounts.findById(adminBId).orElseThrow().getDisplayName()).isEqualTo("B Admin");
        assertThat(CapturedMails.awaitText(mail, adminB, INVITED_EXISTING)).contains("has not been changed");
        String newcomer = AccountLifecycleIT.unique("a-new");
        organisations.inviteColleague(newcomer, "Newcomer");
        long newcomerId = accounts.findByEmail(newcomer).orElseThrow().getId();
        assertThat(accounts.findById(newcomerId).orElseThrow().getOrganisationId()).contains(firmA);
        CapturedMails.awaitLink(mail, newcomer, AccountLifecycleIT.INVITATION);

        // On the screen too: an address with an account is not refused (#14).
        UI.getCurrent().navigate("account/organisation");
        EmailField inviteEmail = _get(EmailField.class, spec -> spec.withId("invite-email"));
        _setValue(inviteEmail, "client@demo.test");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Known");
        _click(_get(Button.class, spec -> spec.withId("invite-colleague")));
        assertThat(_get(EmailField.class, spec -> spec.withId("invite-email")).isInvalid()).isFalse();

        UI.getCurrent().navigate("account/organisation");
        Grid<Colleague> grid = _get(Grid.class, spec -> spec.withId("colleagues"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_get(grid, 1).id()).isEqualTo(memberAId);
        var remove = (Button) _getCellComponent(grid, 1, "actions");
        assertThat(remove.getId()).contains("remove-" + memberAId);
        _click(remove);
        Account removed = accounts.findById(memberAId).orElseThrow();
        assertThat(removed.getOrganisationId()).isEmpty();
        assertThat(removed.isEnabled()).as("keeps the account").isTrue();

        signOut();
        signIn(adminB);
        assertThat(organisations.myOrganisation().orElseThrow().colleagues()).extracting(Colleague::email)
                .containsExactly(adminB);
        assertThatThrownBy(() -> organisations.removeColleague(newcomerId)).isInstanceOf(NotFoundException.class);

        signOut();
        signIn(memberA);
        assertThat(organisations.myOrganisation()).as("removed: no organisation").isEmpty();
        assertThatThrownBy(() -> organisations.inviteColleague(AccountLifecycleIT.unique("z"), "Z"))
                .isInstanceOf(NotPermittedException.class);
        UI.getCurrent().navigate("");
        signOut();
        signIn("staff@demo.test");
        assertThatThrownBy(() -> organisations.removeColleague(newcomerId)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        signIn("admin@demo.test");
        String email = AccountLifecycleIT.unique("disabled");
        long id = administration.invite(email, "To Disable", Role.CLIENT, null, false);
        signOut();
        setPassword(email);
        signIn("admin@demo.test");
        administration.setEnabled(id, false);
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();
    }

    private void setPassword(String email) {
        reloadPage();
        String link = CapturedMails.awaitLink(mail, email, AccountLifecycleIT.INVITATION);
        String[] parts = link.substring(1).split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withId("new-password")),
                "a fine long passphrase");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("repeat-password")), "a fine long passphrase");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(accounts.findByEmail(email).orElseThrow().getPasswordHash()).isPresent();
    }

}
