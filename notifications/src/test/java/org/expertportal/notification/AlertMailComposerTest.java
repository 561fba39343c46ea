package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.locale.PortalLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every alert type renders in both languages, says only the neutral sentence, and Russian is Russian. */
class AlertMailComposerTest {

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    private static final Pattern URLS_AND_ZONES = Pattern.compile("https?://\\S+|\\([A-Za-z]+/[A-Za-z_]+\\)");

    private final AlertMailComposer composer = new AlertMailComposer(new MailSettings("no-reply@portal.test",
            "staff@portal.test", "https://portal.example.test/", "Asia/Yerevan", Duration.ofSeconds(10),
            List.of(Duration.ofMinutes(1)), Duration.ofHours(24), Duration.ofSeconds(30), Duration.ofMinutes(5), 8, Duration.ofMinutes(10), "GB"));
    /** Request alerts carry a reference; the others ignore it. */
    private static final String REFERENCE = "ER-2026-000123";
    private final Instant when = Instant.parse("2026-11-27T10:15:00Z");

    @ParameterizedTest
    @EnumSource(AlertType.class)
    void english_mail_has_subject_text_html_and_link(AlertType type) {
        var mail = composer.compose(type, Locale.ENGLISH, REFERENCE, "/account/password", when);
        if (type.name().startsWith("REQUEST_")) {
            assertThat(mail.subject()).contains(REFERENCE);
            assertThat(mail.text()).contains(REFERENCE);
        }
        assertThat(mail.subject()).isNotBlank().doesNotContain("??");
        assertThat(mail.text()).contains("https://portal.example.test/account/password")
                .contains("27 Nov 2026, 14:15 (Yerevan)")
                .doesNotContain("<").doesNotContain("[(");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>")
                .contains("href=\"https://portal.example.test/account/password\"")
                .contains("lang=\"en\"");
        for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
            PrivacyRules.assertNoCaseContent(part);
        }
    }

    /** Issue 17: every alert in every portal language, with the language and direction on {@code <html>}. */
    @ParameterizedTest
    @EnumSource(AlertType.class)
    void every_language_writes_every_mail_with_its_direction(AlertType type) {
        for (Locale language : PortalLanguages.ALL) {
            var mail = composer.compose(type, language, REFERENCE, "/home", when);
            String dir = PortalLanguages.isRightToLeft(language) ? "rtl" : "ltr";
            assertThat(mail.html()).as(language + " " + type)
                    .contains("lang=\"" + language.getLanguage() + "\"")
                    .contains("dir=\"" + dir + "\"");
            assertThat(mail.subject()).as(language + " " + type).isNotBlank();
            assertThat(mail.text()).as(language + " " + type).contains("https://portal.example.test/home");
            for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
                PrivacyRules.assertNoCaseContent(part);
            }
        }
    }

    @Test
    void an_arabic_mail_is_arabic_right_to_left_with_the_reference_and_time_left_to_right() {
        var mail = composer.compose(AlertType.REQUEST_RECEIVED, Locale.forLanguageTag("ar-IQ"), REFERENCE,
                "/my/requests/er-2026-000123", when);
        String isolatedReference = "\u2066" + REFERENCE + "\u2069";
        assertThat(mail.subject()).containsPattern("\\p{IsArabic}").contains(isolatedReference);
        assertThat(mail.text()).containsPattern("\\p{IsArabic}").contains(isolatedReference)
                .doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
        assertThat(mail.html()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(composer.consultationSummary(Locale.of("ar"), REFERENCE)).contains(isolatedReference)
                .containsPattern("\\p{IsArabic}");
        // Left-to-right languages get no marks at all.
        assertThat(composer.compose(AlertType.REQUEST_RECEIVED, Locale.FRENCH, REFERENCE, "/home", when).text())
                .doesNotContain("\u2066");
    }

    @ParameterizedTest
    @EnumSource(AlertType.class)
    void russian_mail_is_in_russian_throughout(AlertType type) {
        var mail = composer.compose(type, Locale.forLanguageTag("ru-RU"), REFERENCE, "/home", when);
        assertThat(mail.html()).contains("lang=\"ru\"");
        for (String part : List.of(mail.subject(), mail.text(), withoutMarkup(mail.html()))) {
            Matcher words = LATIN_WORD.matcher(URLS_AND_ZONES.matcher(part).replaceAll(" "));
            assertThat(words.find()).as("English word \"%s\" in: %s", words.hitEnd() ? "" : words.group(), part)
                    .isFalse();
            PrivacyRules.assertNoCaseContent(part);
        }
        assertThat(mail.text()).contains("27 нояб. 2026\u202Fг., 14:15 (Ереван)");
    }

    @Test
    void a_daily_digest_counts_the_alerts_by_kind_in_both_languages_and_names_nothing_else() {
        var types = List.of(AlertType.COUNTRY_UPDATED, AlertType.COUNTRY_UPDATED, AlertType.COUNTRY_UPDATED);
        var english = composer.composeDigest(Locale.ENGLISH, types, when);
        assertThat(english.subject()).isEqualTo("Your daily digest: 3 updates in the Expert Report Portal");
        assertThat(english.text()).contains("A country profile you follow was updated (3)")
                .contains("https://portal.example.test/home").contains("27 Nov 2026");
        assertThat(english.html()).contains("<li>A country profile you follow was updated (3)</li>");

        var russian = composer.composeDigest(RUSSIAN, types, when);
        for (String part : List.of(russian.subject(), russian.text(), withoutMarkup(russian.html()))) {
            Matcher words = LATIN_WORD.matcher(URLS_AND_ZONES.matcher(part).replaceAll(" "));
            assertThat(words.find()).as("English word in: %s", part).isFalse();
            PrivacyRules.assertNoCaseContent(part);
        }
        for (String part : List.of(english.subject(), english.text(), english.html())) {
            PrivacyRules.assertNoCaseContent(part);
        }
    }

    @Test
    void a_requests_gathered_updates_list_their_kinds_in_both_languages_and_nothing_else() {
        var changes = Arrays.asList(RequestChange.REPLY, RequestChange.STATUS, RequestChange.REPLY,
                RequestChange.EXPERT_ASSIGNED, RequestChange.DOCUMENT_SHARED, null);
        var english = composer.composeRequestUpdates(Locale.ENGLISH, ZoneId.of("Asia/Yerevan"), REFERENCE,
                "/request/" + REFERENCE, when, changes);
        assertThat(english.subject()).isEqualTo("News on your request " + REFERENCE);
        assertThat(english.text()).contains("What changed:")
                .contains("- A reply from our staff (2)")
                .contains("- The request moved to a new stage (1)")
                .contains("- An expert was assigned (1)")
                .contains("- A document shared with you (1)")
                .contains("- Another update (1)")
                .contains("27 Nov 2026, 14:15 (Yerevan)")
                .contains("https://portal.example.test/request/" + REFERENCE);
        assertThat(english.html()).contains("<li>A reply from our staff (2)</li>");

        var russian = composer.composeRequestUpdates(RUSSIAN, ZoneId.of("Asia/Yerevan"), REFERENCE,
                "/request/" + REFERENCE, when, changes);
        assertThat(russian.subject()).isEqualTo("Новости по вашей заявке " + REFERENCE);
        assertThat(russian.text()).contains("Что изменилось:").contains("- Ответ наших сотрудников (2)");
        for (String part : List.of(russian.subject(), russian.text(), withoutMarkup(russian.html()))) {
            Matcher words = LATIN_WORD.matcher(URLS_AND_ZONES.matcher(part).replaceAll(" "));
            assertThat(words.find()).as("English word in: %s", part).isFalse();
            PrivacyRules.assertNoCaseContent(part);
        }
        for (String part : List.of(english.subject(), english.text(), english.html())) {
            PrivacyRules.assertNoCaseContent(part);
        }
    }

    @Test
    void a_request_update_mail_without_gathered_kinds_reads_as_before() {
        var mail = composer.compose(AlertType.REQUEST_UPDATED, Locale.ENGLISH, REFERENCE, "/request/" + REFERENCE, when);
        assertThat(mail.text()).contains("There is news on your request " + REFERENCE).doesNotContain("What changed");
        assertThat(mail.html()).doesNotContain("<ul>");
    }

    @Test
    void times_are_written_in_the_recipients_time_zone() {
        var mail = composer.compose(AlertType.PASSWORD_CHANGED, Locale.ENGLISH, java.time.ZoneId.of("Asia/Ulaanbaatar"),
                null, "/account/password", when);
        // 10:15 UTC is 18:15 in Ulaanbaatar; English without a region is written as in the UK.
        assertThat(mail.text()).contains("27 Nov 2026, 18:15 (Ulaanbaatar)").doesNotContain("Yerevan");
    }

    @Test
    void times_are_written_as_the_recipients_region_writes_them() {
        var american = composer.compose(AlertType.PASSWORD_CHANGED, Locale.US, java.time.ZoneId.of("America/New_York"),
                null, "/account/password", when);
        assertThat(american.text()).contains("Nov 27, 2026, 5:15\u202FAM (New York)");
        var russian = composer.compose(AlertType.PASSWORD_CHANGED, Locale.forLanguageTag("ru-KZ"),
                java.time.ZoneId.of("Asia/Almaty"), null, "/account/password", when);
        assertThat(russian.text()).contains("15:15 (Алматы)");
    }

    @Test
    void an_unsupported_language_falls_back_to_english() {
        assertThat(composer.compose(AlertType.PASSWORD_CHANGED, Locale.GERMAN, null, "/home", when).subject())
                .isEqualTo("Your password was changed");
        assertThat(AlertMailComposer.language(RUSSIAN)).isEqualTo(RUSSIAN);
    }

    @Test
    void both_mail_bundles_have_the_same_keys_and_a_subject_for_every_alert_type() throws IOException {
        Properties english = bundle("mail/messages.properties");
        Properties russian = bundle("mail/messages_ru.properties");
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (AlertType type : AlertType.values()) {
            assertThat(english).containsKey(type.key() + ".subject");
        }
    }

    private static String withoutMarkup(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ");
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AlertMailComposerTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
