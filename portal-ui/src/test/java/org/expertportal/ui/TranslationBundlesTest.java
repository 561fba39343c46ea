package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.expertportal.document.DocumentType;
import org.expertportal.identity.Role;
import org.expertportal.locale.TranslatedText;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.OutboxStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user-visible string goes through the bundles, and the bundles agree. Reads the sources of
 * this module, so it runs from the module folder (as Maven runs it).
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation|title\\s*=)\\s*\\(?\\s*\"([a-z0-9.\\-]+)\"");
    /** A component built or labelled with a literal that contains a letter. */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(?:new\\s+(?:Button|Span|Paragraph|H[1-6]|Anchor|Text|Label|NativeLabel|ListItem|Div|Details"
                    + "|TextField|PasswordField|EmailField|TextArea|Checkbox|Select|ComboBox|DatePicker|Tab)"
                    + "\\s*\\((?:[^\"()]*,\\s*)?"
                    + "|\\.(?:setText|setLabel|setHeader|setPlaceholder|setHelperText|setErrorMessage|setTitle"
                    + "|setAriaLabel|setTooltipText|addItem|show)\\s*\\()"
                    + "\"([^\"]*\\p{L}[^\"]*)\"");

    private static final Pattern LINK_TARGET = Pattern.compile("(mailto:|tel:|https?://)");

    /** The portal's bundles and the mail bundles, each in English (the base file) and every other language. */
    private static final List<String> BUNDLES = List.of("i18n/messages", "mail/messages");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern PLURAL = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
    /** Texts that are the same as the English on purpose, in every language. */
    private static final Set<String> SAME_ON_PURPOSE = Set.of("language.en", "language.ru", "language.ar",
            "language.fa", "language.fr", "language.es", "language.ti", "contact.whatsapp",
            "request.contact-channel.whatsapp", "request.timeline.changed", "document.type.pdf",
            "document.type.word", "document.type.jpeg", "document.type.png");
    /**
     * Languages in the Latin script share many words and names with English ("Organisation",
     * "Action", "Kenya", "Version"): there a copied text is one of three words or more, the length at
     * which a sentence, not a name, was left in English. In another script any copy is one.
     */
    private static final Set<String> SHARES_WORDS_WITH_ENGLISH = Set.of("fr", "es");
    /** Texts one language writes as English does, each chosen by its translator: Tigrinya keeps SI units. */
    private static final Map<String, Set<String>> SAME_IN_LANGUAGE = Map.of("ti",
            Set.of("upload.unit.b", "upload.unit.kb", "upload.unit.mb", "upload.unit.gb", "upload.unit.tb"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    static Stream<Arguments> languagesAndBundles() {
        return PortalTranslations.LANGUAGES.stream()
                .filter(language -> !language.equals(PortalTranslations.ENGLISH))
                .flatMap(language -> BUNDLES.stream().map(name -> Arguments.of(language.getLanguage(), name)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("languagesAndBundles")
    void every_language_has_every_key_and_no_empty_text(String language, String name) {
        Properties english = bundle(name + ".properties");
        Properties translated = bundle(name + "_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).as("keys of " + name + " in " + language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
        assertThat(translated).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("languagesAndBundles")
    void texts_are_translated_rather_than_copied(String language, String name) {
        Properties english = bundle(name + ".properties");
        Properties translated = bundle(name + "_" + language + ".properties");
        int wordsOfASentence = SHARES_WORDS_WITH_ENGLISH.contains(language) ? 3 : 1;
        List<String> copied = english.stringPropertyNames().stream()
                .filter(key -> !SAME_ON_PURPOSE.contains(key))
                .filter(key -> !SAME_IN_LANGUAGE.getOrDefault(language, Set.of()).contains(key))
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> WORD.matcher(english.getProperty(key)).results().count() >= wordsOfASentence)
                .sorted()
                .toList();
        assertThat(copied).as("keys whose " + language + " text is the English one").isEmpty();
    }

    /**
     * Every text with arguments is a valid ICU pattern (what {@link PortalTranslations} and the mail
     * composer format with), uses ’ rather than ' (ICU reads a plain one before a brace as a quote),
     * has an {@code other} form in every plural, and names the same arguments as the English.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBundleFile")
    void messages_with_arguments_are_valid_icu_patterns_with_the_english_arguments(String file) {
        Properties english = bundle(file.replaceAll("_[a-z]{2}\\.properties$", ".properties"));
        Properties bundle = bundle(file);
        List<String> problems = new ArrayList<>();
        bundle.forEach((key, text) -> {
            String pattern = (String) text;
            Set<String> arguments = arguments(pattern);
            String englishPattern = english.getProperty((String) key);
            if (englishPattern != null && !arguments.equals(arguments(englishPattern))) {
                problems.add(key + ": arguments " + arguments + ", English has " + arguments(englishPattern));
            }
            if (arguments.isEmpty()) {
                return;
            }
            if (pattern.contains("'")) {
                problems.add(key + ": use ’, a plain ' is a quote in a pattern");
            }
            try {
                TranslatedText.check(pattern);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
            Matcher plural = PLURAL.matcher(pattern);
            while (plural.find()) {
                if (!pattern.substring(plural.end()).matches("(?s).*\\bother\\s*\\{.*")) {
                    problems.add(key + ": a plural without other");
                }
            }
        });
        assertThat(problems).as(file).isEmpty();
    }

    static Stream<String> everyBundleFile() {
        return BUNDLES.stream().flatMap(name -> PortalTranslations.LANGUAGES.stream()
                .map(language -> language.equals(PortalTranslations.ENGLISH)
                        ? name + ".properties"
                        : name + "_" + language.getLanguage() + ".properties"));
    }

    @Test
    void arabic_counts_take_the_six_plural_forms() {
        Locale arabic = Locale.of("ar");
        var translations = new PortalTranslations();
        List<String> forms = List.of(0, 1, 2, 3, 11, 100).stream()
                .map(days -> translations.getTranslation("dashboard.hearings.days-left", arabic, days))
                .toList();
        // zero, one, two, few (3-10), many (11-99), other (100): six different sentences, not just
        // six different numbers in one sentence.
        assertThat(forms.stream().map(form -> form.replaceAll("\\d", "")).distinct()).hasSize(6);
        assertThat(forms).allSatisfy(form -> assertThat(form).containsPattern("\\p{IsArabic}"));
        assertThat(forms.get(3)).as("3 days, in Western digits").contains("3");
        assertThat(forms.get(4)).contains("11");
        assertThat(forms.get(5)).contains("100");
        assertThat(String.join(" ", forms)).as("Western digits only").doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
    }

    @Test
    void english_and_russian_counts_follow_their_own_plural_rules() {
        var translations = new PortalTranslations();
        assertThat(translations.getTranslation("dashboard.hearings.days-left", Locale.ENGLISH, 1)).isEqualTo("1 day left");
        assertThat(translations.getTranslation("dashboard.hearings.days-left", Locale.ENGLISH, 3)).isEqualTo("3 days left");
        Locale russian = PortalTranslations.RUSSIAN;
        assertThat(List.of(1, 3, 5, 21, 22, 25).stream()
                        .map(days -> translations.getTranslation("dashboard.hearings.days-left", russian, days)))
                .containsExactly("Остался 1 день", "Осталось 3 дня", "Осталось 5 дней", "Остался 21 день",
                        "Осталось 22 дня", "Осталось 25 дней");
        // The existing choice patterns keep working under ICU.
        assertThat(translations.getTranslation("experts.count", Locale.ENGLISH, 2)).isEqualTo("2 experts");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        Properties english = bundle("i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                // A key ending in a dot is a prefix completed at run time: see the family tests.
                if (!key.endsWith(".") && !english.containsKey(key)) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_contain_no_hard_coded_user_visible_text() throws IOException {
        List<String> found = new ArrayList<>();
        // Screens live in ui packages; elsewhere setHeader is an HTTP header, not a column title.
        for (Path source : javaSources().stream().filter(file -> file.toString().contains("/ui/")).toList()) {
            String code = Files.readString(source);
            Matcher matcher = HARD_CODED_TEXT.matcher(code);
            while (matcher.find()) {
                if (LINK_TARGET.matcher(matcher.group(1)).lookingAt()) {
                    continue;
                }
                found.add(source.getFileName() + ": \"" + matcher.group(1) + "\"");
            }
        }
        assertThat(found).as("texts that bypass the translation bundles").isEmpty();
    }

    @Test
    void the_hard_coded_text_check_recognises_what_it_should() {
        assertThat(HARD_CODED_TEXT.matcher("new Button(\"Save\", click -> save())").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("field.setLabel(\"Email\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Anchor(\"mailto:x\", \"Write to us\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("new Anchor(\"\", getTranslation(\"app.name\"))").find()).isFalse();
    }

    @Test
    void keys_completed_at_run_time_exist_for_every_value() {
        Properties english = bundle("i18n/messages.properties");
        List<String> expected = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            expected.add("role." + name);
            expected.add("home.role." + name);
        }
        for (OutboxStatus status : OutboxStatus.values()) {
            expected.add("notification.status." + status.name().toLowerCase());
        }
        for (AlertType type : AlertType.values()) {
            expected.add("notification.type." + type.key());
        }
        for (DocumentType type : DocumentType.values()) {
            expected.add("document.type." + type.name().toLowerCase());
        }
        for (var language : PortalTranslations.LANGUAGES) {
            expected.add("language." + language.getLanguage());
        }
        expected.addAll(referenceKeys("db/changelog/data/regions.csv", "region."));
        expected.addAll(referenceKeys("db/changelog/data/countries.csv", "country."));
        expected.addAll(referenceKeys("db/changelog/data/themes.csv", "theme."));
        assertThat(expected).hasSizeGreaterThan(7 + 58 + 17);
        assertThat(english.stringPropertyNames()).containsAll(expected);
    }

    /** The first column of a reference data file (the one the database loads), as keys. */
    private static List<String> referenceKeys(String resource, String prefix) {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> prefix + line.split(";")[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
