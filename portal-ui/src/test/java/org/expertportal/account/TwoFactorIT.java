package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.expertportal.identity.Role;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Enrolment at /account/two-factor, the rule that staff must enrol, switching off and resetting. */
class TwoFactorIT extends KaribuTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    TwoFactorSignIn twoFactorSignIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_without_two_factor_is_sent_to_enrolment_and_can_open_nothing_else() {
        Account staff = account(Role.STAFF);
        signIn(staff.getEmail());
        for (String route : List.of("home", "countries", "staff/samples", "account/notifications")) {
            UI.getCurrent().navigate(route);
            assertThat(currentView().getSimpleName()).as("/" + route).isEqualTo("TwoFactorView");
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-required-notice")).getText())
                .contains("must use two-factor authentication");
    }

    @Test
    void enrolment_refuses_a_wrong_code_and_a_right_one_switches_it_on_with_recovery_codes_shown_once() {
        Account staff = account(Role.STAFF);
        signIn(staff.getEmail());
        UI.getCurrent().navigate("account/two-factor");

        Image qr = _get(Image.class, spec -> spec.withId("two-factor-qr"));
        String svg = new String(Base64.getDecoder().decode(qr.getSrc().substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<path d=\"M");
        String key = _get(Span.class, spec -> spec.withId("two-factor-key")).getText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");

        String wrong = DemoSecondFactor.codeAt(key, clock.instant().plusSeconds(300));
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), wrong);
        _click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));
        TextField code = _get(TextField.class, spec -> spec.withId("two-factor-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("The code is not correct");
        assertThat(twoFactorSignIn.required(staff.getId())).isFalse();
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).as("still held at enrolment").isEqualTo("TwoFactorView");

        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")),
                DemoSecondFactor.codeAt(key, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));
        List<String> codes = _get(OrderedList.class, spec -> spec.withId("recovery-codes")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(codes).hasSize(10);
        assertThat(twoFactorSignIn.required(staff.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from two_factor_recovery_code where account_id = ? "
                + "and code_hash = ?", Long.class, staff.getId(), codes.getFirst())).as("stored hashed only").isZero();

        _click(_get(Button.class, spec -> spec.withId("recovery-codes-saved")));
        assertThat(currentView().getSimpleName()).isEqualTo("HomeView");
        UI.getCurrent().navigate("account/two-factor");
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText())
                .isEqualTo("Two-factor authentication is on. Unused recovery codes: 10.");
        assertThat(_find(Button.class, spec -> spec.withId("two-factor-disable"))).as("staff cannot switch it off")
                .isEmpty();
        assertThatThrownBy(() -> twoFactor.disable(PASSWORD)).hasMessage("two-factor.required-for-role");
    }

    @Test
    void the_secret_is_sealed_at_rest_and_does_not_open_on_another_account() {
        Account one = account(Role.CLIENT);
        Account other = account(Role.CLIENT);
        signIn(one.getEmail());
        String secret = twoFactor.startEnrolment().secret();
        twoFactor.confirmEnrolment(DemoSecondFactor.codeAt(secret, clock.instant()));
        signIn(other.getEmail());
        twoFactor.confirmEnrolment(DemoSecondFactor.codeAt(twoFactor.startEnrolment().secret(), clock.instant()));
        signOut();

        String sealed = jdbc.queryForObject("select sealed_secret from two_factor_credential where account_id = ?",
                String.class, one.getId());
        assertThat(sealed).startsWith("v1:").doesNotContain(secret);
        assertThat(new String(Base64.getDecoder().decode(sealed.split(":")[2]), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(Base32.decode(secret), StandardCharsets.ISO_8859_1));

        jdbc.update("update two_factor_credential set sealed_secret = ?, last_used_step = null where account_id = ?",
                sealed, other.getId());
        assertThat(twoFactorSignIn.verify(other.getId(), DemoSecondFactor.codeAt(secret, clock.instant().plusSeconds(30))))
                .as("account one's secret copied onto account two").isFalse();
    }

    @Test
    void a_client_enrols_by_choice_and_switches_it_off_with_the_password() {
        Account client = account(Role.CLIENT);
        signIn(client.getEmail());
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).as("clients are not held at enrolment").isEqualTo("HomeView");

        twoFactor.confirmEnrolment(DemoSecondFactor.codeAt(twoFactor.startEnrolment().secret(), clock.instant()));
        UI.getCurrent().navigate("account/two-factor");
        _setValue(_get(PasswordField.class, spec -> spec.withId("two-factor-disable-password")), "not my password");
        _click(_get(Button.class, spec -> spec.withId("two-factor-disable")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("two-factor-disable-password")).getErrorMessage())
                .isEqualTo("The current password is not correct.");
        assertThat(twoFactorSignIn.required(client.getId())).isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withId("two-factor-disable-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("two-factor-disable")));
        assertThat(twoFactorSignIn.required(client.getId())).isFalse();
        assertThat(_find(Image.class, spec -> spec.withId("two-factor-qr"))).as("offered again").hasSize(1);
    }

    @Test
    void new_recovery_codes_replace_the_old_ones() {
        Account client = account(Role.CLIENT);
        signIn(client.getEmail());
        List<String> first = twoFactor.confirmEnrolment(
                DemoSecondFactor.codeAt(twoFactor.startEnrolment().secret(), clock.instant()));
        UI.getCurrent().navigate("account/two-factor");
        _setValue(_get(PasswordField.class, spec -> spec.withId("recovery-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("recovery-regenerate")));
        List<String> second = _get(OrderedList.class, spec -> spec.withId("recovery-codes")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(twoFactorSignIn.verify(client.getId(), first.getFirst())).isFalse();
        assertThat(twoFactorSignIn.verify(client.getId(), second.getFirst())).isTrue();
    }

    @Test
    void an_administrator_resets_two_factor_and_the_staff_member_must_enrol_again() {
        Account staff = account(Role.STAFF);
        twoFactor.provision(staff.getEmail(), DemoSecondFactor.SECRETS.get(DemoSecondFactor.STAFF));

        signIn(DemoSecondFactor.STAFF);
        assertThatThrownBy(() -> twoFactor.resetTwoFactor(staff.getId())).isInstanceOf(NotPermittedException.class);
        signIn(DemoSecondFactor.ADMIN);
        twoFactor.resetTwoFactor(staff.getId());
        assertThat(twoFactorSignIn.required(staff.getId())).isFalse();

        signIn(staff.getEmail());
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).isEqualTo("TwoFactorView");
    }

    private Account account(Role role) {
        Account account = new Account(role.name().toLowerCase() + "-" + System.nanoTime() + "@portal.test",
                "Two Factor " + role, role, clock.instant());
        account.setPassword(passwordEncoder.encode(PASSWORD), false);
        return accounts.save(account);
    }
}
