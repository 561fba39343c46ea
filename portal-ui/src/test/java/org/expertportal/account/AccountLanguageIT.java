package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.ui.FrameTesting;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: a client who chooses Arabic from the menu keeps it on the account; their next page is
 * right to left, and the mails the portal sends them afterwards are Arabic and right to left.
 */
class AccountLanguageIT extends KaribuTest {

    private static final Locale ARABIC = Locale.of("ar");

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accountService;

    @Autowired
    SentMailArchive mail;

    @Test
    void a_client_who_chooses_arabic_reads_the_portal_and_their_mails_in_arabic_right_to_left() {
        String email = AccountLifecycleIT.unique("arabic");
        signIn("admin@demo.test");
        administration.invite(email, "Test Person", Role.CLIENT, null, false);
        signOut();
        reloadPage();
        String link = CapturedMails.awaitLink(mail, email, AccountLifecycleIT.INVITATION);
        String[] parts = link.substring(1).split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "a fine long passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "a fine long passphrase");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        signIn(email);
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("ltr");
        FrameTesting.chooseLanguage("ar");
        assertThat(accountService.currentAccount().orElseThrow().preferredLanguage()).contains(ARABIC);

        // Another browser, in English: the account's language comes back at sign-in, right to left.
        newBrowserSession();
        useLanguage(Locale.ENGLISH);
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("ltr");
        signIn(email);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(UI.getCurrent().getTranslation("action.sign-out")).isEqualTo(arabic("i18n/messages_ar.properties",
                "action.sign-out"));

        accountService.changePassword("a fine long passphrase", "another fine long passphrase");
        String subject = arabic("mail/messages_ar.properties", "password-changed.subject");
        var changed = await().atMost(Duration.ofSeconds(120)).until(
                () -> CapturedMails.to(mail, email).stream().filter(m -> m.subject().equals(subject)).findFirst(),
                found -> found.isPresent()).orElseThrow();
        assertThat(mail.htmlOf(changed.fileName()).orElseThrow()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(mail.textOf(changed.fileName()).orElseThrow()).containsPattern("\\p{IsArabic}");
    }

    private static String arabic(String resource, String key) {
        Properties properties = new Properties();
        try (InputStream in = AccountLanguageIT.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }
}
