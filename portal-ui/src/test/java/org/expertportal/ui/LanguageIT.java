package org.expertportal.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.account.AccountService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageIT extends KaribuTest {

    private static final Locale RUSSIAN = PortalTranslations.RUSSIAN;
    /**
     * Words that stay Latin in Russian text: brand names, the demo accounts' own names and file
     * extensions (a Russian upload refusal names {@code .pdf} and {@code .docx} as they are typed).
     */
    private static final Set<String> LATIN_ON_PURPOSE =
            Set.of("WhatsApp", "English", "Markdown", "HTML", "PDF", "Word", "JPEG", "PNG", "Demo", "Client", "Staff",
                    "Admin", "pdf", "docx", "jpg", "jpeg", "png");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    private static final Pattern JSON_STRING_VALUE = Pattern.compile("\"[^\"]*\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ADDRESSES = Pattern.compile("\\S+@\\S+|https?://\\S+|\\+[\\d ]+"
            // IANA time zone ids, e.g. (Europe/London), name a zone unambiguously in every language.
            + "|\\([A-Za-z]+/[A-Za-z_]+\\)");

    @Autowired
    AccountService accountService;

    @Test
    void a_signed_in_clients_language_choice_is_kept_on_the_account() {
        signIn("client@demo.test");
        try {
            FrameTesting.chooseLanguage("ru");

            assertThat(accountService.currentAccount().orElseThrow().preferredLanguage()).contains(RUSSIAN);
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");

            // Signing in again from another browser (in English) brings the account's language back.
            newBrowserSession();
            useLanguage(Locale.ENGLISH);
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
            signIn("client@demo.test");
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        } finally {
            accountService.changeLanguage(Locale.ENGLISH);
        }
    }

    @Test
    void an_anonymous_visitor_switches_language_without_an_account() {
        reloadPage();
        FrameTesting.chooseLanguage("ru");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(accountService.currentAccount()).isEmpty();
    }

    /** Catches text that bypasses the bundles: in Russian, an English word stands out. */
    @ParameterizedTest(name = "{0} on /{1}")
    @CsvSource({
        "anonymous, ''",
        "anonymous, login",
        "client@demo.test, home",
        "client@demo.test, account/password",
        "client@demo.test, account/notifications",
        "client@demo.test, account/sessions",
        "staff@demo.test, home",
        "admin@demo.test, admin/system",
        "anonymous, countries",
        "anonymous, countries/mongolia",
        "anonymous, countries/kenya",
        "anonymous, search?q=journalists",
        "admin@demo.test, admin/countries",
        "admin@demo.test, admin/countries/mongolia",
        "admin@demo.test, admin/notifications",
        "admin@demo.test, admin/mail",
        "anonymous, experts",
        "anonymous, experts/bolormaa-tsend",
        "client@demo.test, experts/bolormaa-tsend",
        "staff@demo.test, experts/bolormaa-tsend",
        "staff@demo.test, staff/samples",
        "admin@demo.test, admin/experts",
        "anonymous, request",
        "anonymous, privacy",
        "client@demo.test, my/requests",
        "client@demo.test, my/requests/er-2026-000041",
        "staff@demo.test, staff/requests/er-2026-000041",
        "anonymous, account/reset",
        "anonymous, account/set-password?token=expired-or-forged",
        "anonymous, account/confirm-email?token=expired-or-forged",
        "client@demo.test, account",
        "client@demo.test, account/organisation",
        "admin@demo.test, account",
        "admin@demo.test, admin/users",
        "client@demo.test, account/two-factor",
        "staff@demo.test, account/two-factor",
        "admin@demo.test, admin/audit",
        "staff@demo.test, staff/availability",
        "staff@demo.test, staff/consultations",
        "admin@demo.test, staff/consultations",
        "staff@demo.test, staff/queue",
        "staff@demo.test, staff/my-day",
        "admin@demo.test, admin/sla",
        "client@demo.test, account/privacy",
        "admin@demo.test, admin/privacy",
    })
    void everything_a_page_shows_in_russian_is_russian(String who, String route) {
        if (!who.equals("anonymous")) {
            signIn(who);
        }
        useLanguage(RUSSIAN);
        String[] pathAndQuery = route.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0],
                QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));

        List<String> english = new ArrayList<>();
        List<String> texts = visibleTexts();
        assertThat(texts).as("texts found on /" + route).hasSizeGreaterThan(3);
        for (String text : texts) {
            Matcher words = LATIN_WORD.matcher(ADDRESSES.matcher(text).replaceAll(" "));
            while (words.find()) {
                if (!LATIN_ON_PURPOSE.contains(words.group())) {
                    english.add(words.group() + " in \"" + text + "\"");
                }
            }
        }
        assertThat(english).as("untranslated words on /" + route).isEmpty();
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).doesNotContain("Error");
    }

    /** Text nodes, labels, placeholders, helper and error texts, titles of every component shown. */
    private static List<String> visibleTexts() {
        List<String> into = new ArrayList<>();
        for (Component component : _find(Component.class)) {
            if (isContent(component)) {
                continue;
            }
            Element element = component.getElement();
            add(into, element.getText());
            // Markup set as a whole (the country cards): its text, as the person reads it.
            String markup = element.getProperty("innerHTML");
            if (markup != null) {
                add(into, Jsoup.parseBodyFragment(markup).text());
            }
            for (String property :
                    List.of("label", "placeholder", "helperText", "errorMessage", "title", "accessibleName")) {
                add(into, element.getProperty(property));
            }
            // Components such as the login form take their texts as one JSON property.
            Object i18n = element.getPropertyRaw("i18n");
            if (i18n != null) {
                Matcher values = JSON_STRING_VALUE.matcher(i18n.toString());
                while (values.find()) {
                    add(into, values.group(1));
                }
            }
            add(into, element.getAttribute("aria-label"));
            add(into, element.getAttribute("title"));
        }
        return into;
    }

    /**
     * Stored content (articles, their sources, search snippets, names typed by editors) is shown
     * in the language it was written in; components showing it carry the class portal-content.
     */
    private static boolean isContent(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (at.getClassNames().contains("portal-content")) {
                return true;
            }
            // Marked as written in another language on purpose: the language menu names each
            // language in its own script ("Français", "العربية").
            String lang = at.getElement().getAttribute("lang");
            if (lang != null && !lang.startsWith(RUSSIAN.getLanguage())) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> into, String text) {
        if (text != null && !text.isBlank()) {
            into.add(text);
        }
    }
}
