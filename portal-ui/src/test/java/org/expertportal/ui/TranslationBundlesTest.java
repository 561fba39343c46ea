package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.expertportal.document.DocumentType;
import org.expertportal.identity.Role;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.OutboxStatus;
import org.junit.jupiter.api.Test;

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

    @Test
    void english_and_russian_bundles_have_the_same_keys_and_no_empty_text() {
        Properties english = bundle("i18n/messages.properties");
        Properties russian = bundle("i18n/messages_ru.properties");
        assertThat(russian.stringPropertyNames()).as("keys in Russian")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
        assertThat(russian).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
    }

    @Test
    void russian_texts_are_translated_rather_than_copied() {
        Properties english = bundle("i18n/messages.properties");
        Properties russian = bundle("i18n/messages_ru.properties");
        // Names that are the same in both languages on purpose.
        Set<String> sameOnPurpose = Set.of("language.en", "language.ru", "contact.whatsapp",
                "request.contact-channel.whatsapp", "request.timeline.changed", "document.type.pdf",
                "document.type.word", "document.type.jpeg", "document.type.png");
        List<String> copied = english.stringPropertyNames().stream()
                .filter(key -> !sameOnPurpose.contains(key))
                .filter(key -> english.getProperty(key).equals(russian.getProperty(key)))
                .toList();
        assertThat(copied).as("keys whose Russian text is the English one").isEmpty();
    }

    @Test
    void messages_with_arguments_are_valid_message_formats() {
        for (String name : List.of("i18n/messages.properties", "i18n/messages_ru.properties")) {
            Properties bundle = bundle(name);
            bundle.forEach((key, text) -> {
                String pattern = (String) text;
                if (pattern.contains("{0}") || pattern.contains("{1}")) {
                    assertThat(pattern).as(name + " " + key + ": use ’, a plain ' breaks MessageFormat")
                            .doesNotContain("'");
                    new MessageFormat(pattern);
                }
            });
        }
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
