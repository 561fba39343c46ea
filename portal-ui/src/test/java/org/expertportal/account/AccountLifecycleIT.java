package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitation, password reset and email change through the pages, the outbox and the captured
 * mail: the token only ever comes from the email.
 */
class AccountLifecycleIT extends KaribuTest {

    static final String INVITATION = "Your account on the Expert Report Portal";
    static final String RESET = "Choose a new password";

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SentMailArchive mail;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_invited_client_chooses_a_password_with_the_link_once_and_can_then_sign_in() {
        String email = unique("invited");
        invite(email);
        String link = CapturedMails.awaitLink(mail, email, INVITATION);
        assertThat(link).startsWith("/account/set-password?token=");

        open(link);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome: choose your password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .isEqualTo("Too short: use at least 12 characters.");

        choosePassword("a fine long passphrase");
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-set")).getText()).contains("Sign in now");
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(passwordEncoder.matches("a fine long passphrase", account.getPasswordHash().orElseThrow())).isTrue();
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(accountService().currentAccount()).as("the link signs nobody in").isEmpty();

        open(link);
        assertThat(invalidLinkPage()).as("a used link").isTrue();
    }

    @Test
    void expired_used_and_forged_links_all_show_the_same_page_with_a_way_to_a_new_one() {
        String email = unique("expired");
        invite(email);
        String link = CapturedMails.awaitLink(mail, email, INVITATION);
        long accountId = accounts.findByEmail(email).orElseThrow().getId();
        jdbc.update("update account_link set expires_at = ? where account_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), accountId);

        open(link);
        assertThat(invalidLinkPage()).as("expired").isTrue();
        String expiredPage = _get(H1.class).getText();

        open("/account/set-password?token=" + "x".repeat(43));
        assertThat(invalidLinkPage()).as("forged").isTrue();
        assertThat(_get(H1.class).getText()).isEqualTo(expiredPage);

        open("/account/confirm-email?token=" + link.substring(link.indexOf('=') + 1));
        assertThat(invalidLinkPage()).as("an invitation is no email confirmation").isTrue();

        // The way out: a new link from the same page.
        _setValue(_get(EmailField.class, spec -> spec.withId("reset-email")), email);
        _click(_get(Button.class, spec -> spec.withId("reset-send")));
        String fresh = CapturedMails.awaitLink(mail, email, RESET);
        open(fresh);
        assertThat(_get(H1.class).getText()).isEqualTo("Choose a new password");
        assertThat(_get(Paragraph.class, spec -> spec.withId("other-sessions-notice")).getText())
                .contains("signs your account out of every browser and device");
        choosePassword("a fine long passphrase");
        assertThat(accounts.findByEmail(email).orElseThrow().getPasswordHash()).isPresent();
        assertThat(_get(Paragraph.class, spec -> spec.withId("other-sessions-ended")).getText())
                .contains("has been signed out");
    }

    @Test
    void forgot_password_leads_from_the_sign_in_page_and_answers_the_same_for_unknown_addresses() {
        UI.getCurrent().navigate("login");
        ComponentUtil.fireEvent(_get(LoginForm.class), new AbstractLogin.ForgotPasswordEvent(_get(LoginForm.class), true));
        assertThat(currentView().getSimpleName()).isEqualTo("PasswordResetView");

        String known = unique("known");
        invite(known);
        CapturedMails.awaitLink(mail, known, INVITATION);
        String unknown = unique("unknown");

        String answerForKnown = askForReset(known);
        String answerForUnknown = askForReset(unknown);

        assertThat(answerForUnknown).isEqualTo(answerForKnown).startsWith("If an account has this address");
        CapturedMails.awaitLink(mail, known, RESET);
        assertThat(CapturedMails.to(mail, unknown)).as("no mail for an address without account").isEmpty();
    }

    @Test
    void an_email_change_is_confirmed_from_the_new_address_and_the_old_address_is_told() {
        String old = unique("old");
        String changed = unique("new");
        activeClient(old, "a fine long passphrase");
        signIn(old);
        UI.getCurrent().navigate("account");
        assertThat(_get(Span.class, spec -> spec.withId("account-email")).getText()).isEqualTo(old);

        _setValue(_get(EmailField.class, spec -> spec.withId("new-email")), changed);
        _setValue(_get(PasswordField.class, spec -> spec.withId("email-change-password")), "wrong password");
        _click(_get(Button.class, spec -> spec.withId("request-email-change")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("email-change-password")).getErrorMessage())
                .isEqualTo("The current password is not correct.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("email-change-password")), "a fine long passphrase");
        _click(_get(Button.class, spec -> spec.withId("request-email-change")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-sent")).isVisible()).isTrue();
        String link = CapturedMails.awaitLink(mail, changed, "Confirm your new email address");
        assertThat(accounts.findByEmail(old)).as("nothing changes before confirmation").isPresent();

        signOut();
        open(link);
        assertThat(accounts.findByEmail(changed)).as("opening the page changes nothing").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("confirm-email")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-result")).getText()).startsWith("Done")
                .contains("signed out every other browser and device");
        assertThat(accounts.findByEmail(changed)).isPresent();
        assertThat(accounts.findByEmail(old)).isEmpty();
        assertThat(CapturedMails.awaitText(mail, old, "Your email address was changed"))
                .contains("was changed on").doesNotContain(changed);

        open(link);
        assertThat(invalidLinkPage()).isTrue();
    }

    @Test
    void the_account_page_renames_and_lists_the_sections_for_the_person() {
        String email = unique("hub");
        activeClient(email, "a fine long passphrase");
        signIn(email);
        UI.getCurrent().navigate("account");
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "  ");
        _click(_get(Button.class, spec -> spec.withId("save-name")));
        assertThat(_get(TextField.class, spec -> spec.withId("account-name")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Renamed Person");
        _click(_get(Button.class, spec -> spec.withId("save-name")));
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Renamed Person");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream()
                .map(a -> a.getHref()).toList())
                .contains("account/password", "account/notifications", "account/organisation");

        signOut();
        signIn("staff@demo.test");
        UI.getCurrent().navigate("account");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()).toList())
                .contains("account/password").doesNotContain("account/organisation");
    }

    private String askForReset(String email) {
        UI.getCurrent().navigate("account/reset");
        _setValue(_get(EmailField.class, spec -> spec.withId("reset-email")), email);
        _click(_get(Button.class, spec -> spec.withId("reset-send")));
        Paragraph answer = _get(Paragraph.class, spec -> spec.withId("reset-sent"));
        assertThat(answer.isVisible()).isTrue();
        return answer.getText();
    }

    /** An admin invites; the invited person sets the password from the mail. */
    void activeClient(String email, String password) {
        invite(email);
        open(CapturedMails.awaitLink(mail, email, INVITATION));
        choosePassword(password);
    }

    private void invite(String email) {
        signIn("admin@demo.test");
        administration.invite(email, "Test Person", Role.CLIENT, null, false);
        signOut();
        reloadPage();
    }

    private void choosePassword(String password) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), password);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }

    private void open(String pathAndQuery) {
        String[] parts = pathAndQuery.substring(1).split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    private boolean invalidLinkPage() {
        return !_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("link-invalid"))
                .isEmpty() && _get(H1.class).getText().equals("This link has expired or was already used");
    }

    private AccountService accountService() {
        return context.getBean(AccountService.class);
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "@lifecycle.test";
    }
}
