package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.expertportal.identity.Role;
import org.expertportal.ui.KaribuTest;
import org.expertportal.ui.PortalTranslations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password from the shipped list of the 100,000 most common ones is refused, and the form says why. */
class CommonPasswordIT extends KaribuTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "qwertyqwerty, en, This password is among the 100,000 most used passwords",
        "1qaz2wsx3edc, en, This password is among the 100,000 most used passwords",
        "LeaveMeAlone, ru, Этот пароль входит в 100 000 самых распространённых паролей",
    })
    void a_common_password_is_refused_with_the_reason_in_the_users_language(
            String common, String language, String reason) {
        Account client = new Account("common-" + System.nanoTime() + "@portal.test", "Client", Role.CLIENT,
                clock.instant());
        client.setPassword(passwordEncoder.encode("current passphrase"), false);
        accounts.save(client);
        signIn(client.getEmail());
        if (language.equals("ru")) {
            useLanguage(PortalTranslations.RUSSIAN);
        }
        UI.getCurrent().navigate("account/password");

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "current passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), common);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), common);
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        PasswordField chosen = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(chosen.isInvalid()).isTrue();
        assertThat(chosen.getErrorMessage()).startsWith(reason);
        assertThat(passwordEncoder.matches("current passphrase",
                        accounts.findByEmail(client.getEmail()).orElseThrow().getPasswordHash().orElseThrow()))
                .as("nothing changed").isTrue();
    }
}
