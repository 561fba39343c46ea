package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.expertportal.identity.Role;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An administrator created with a one-time password must choose their own before anything else,
 * then enrol in two-factor authentication.
 */
class FirstSignInIT extends KaribuTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TwoFactorService twoFactor;

    @Test
    void a_one_time_password_leads_to_the_change_password_page_until_it_is_changed() {
        Account admin = new Account("first-admin-" + System.nanoTime() + "@portal.test", "First Admin", Role.ADMIN,
                clock.instant());
        admin.setPassword(passwordEncoder.encode("one-time-password-123"), true);
        accounts.save(admin);

        signIn(admin.getEmail());
        UI.getCurrent().navigate("admin/system");
        assertThat(currentView().getSimpleName()).startsWith("ChangePasswordView");

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "one-time-password-123");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "my own long passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "my own long passphrase");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        UI.getCurrent().navigate("admin/system");
        assertThat(currentView().getSimpleName()).as("then two-factor enrolment, required for administrators")
                .startsWith("TwoFactorView");
        twoFactor.confirmEnrolment(DemoSecondFactor.codeAt(twoFactor.startEnrolment().secret(), clock.instant()));

        UI.getCurrent().navigate("admin/system");
        assertThat(currentView().getSimpleName()).startsWith("SystemOverviewView");
        assertThat(passwordEncoder.matches("my own long passphrase",
                        accounts.findByEmail(admin.getEmail()).orElseThrow().getPasswordHash().orElseThrow()))
                .isTrue();
    }

    @Test
    void a_refused_new_password_says_why_and_changes_nothing() {
        Account client = new Account("client-" + System.nanoTime() + "@portal.test", "Client", Role.CLIENT,
                clock.instant());
        client.setPassword(passwordEncoder.encode("current passphrase"), false);
        accounts.save(client);
        signIn(client.getEmail());
        UI.getCurrent().navigate("account/password");
        assertThat(_get(Paragraph.class, spec -> spec.withId("other-sessions-notice")).getText())
                .as("the page says what a change does to the other sessions")
                .isEqualTo("Changing your password signs out every other browser and device signed in to your"
                        + " account. This one stays signed in.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "current passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        PasswordField chosen = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(chosen.isInvalid()).isTrue();
        assertThat(chosen.getErrorMessage()).isEqualTo("Too short: use at least 12 characters.");
        assertThat(passwordEncoder.matches("current passphrase",
                        accounts.findByEmail(client.getEmail()).orElseThrow().getPasswordHash().orElseThrow()))
                .isTrue();
    }
}
