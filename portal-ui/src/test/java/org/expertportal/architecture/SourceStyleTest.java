package org.expertportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the compiler cannot see: a type named by its full package in the middle of code instead of
 * an import. Spotless checks the order of imports; this test checks that there is an import to
 * order. A full name stays allowed where two types share a simple name (the second one cannot be
 * imported). And what ArchUnit does not look at: the test sources of every module, which must read
 * the time from a clock the test owns.
 */
class SourceStyleTest {

    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.@\"])((?:java|javax|jakarta|com|org)\\.(?:[a-z_]\\w*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** {@code LocalDate.now()}, {@code Instant.now(zone)} and the like: any now() not given a clock. */
    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(?:Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth)"
                    + "\\s*\\.\\s*now\\s*\\(([^)]*)"
                    + "|\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\(|\\bnew\\s+Date\\s*\\(\\s*\\)"
                    + "|\\bClock\\s*\\.\\s*system(?:UTC|DefaultZone)?\\s*\\(");
    /**
     * Test sources allowed to read the system time. TestClock is the one door to it (its system mode
     * is what a test that sets nothing gets). Elapsed time is measured with System.nanoTime(), which
     * is not a time of day and is not matched.
     */
    private static final Set<String> SYSTEM_TIME_ALLOWED =
            Set.of("test-support/src/main/java/org/expertportal/TestClock.java");

    @Test
    void code_names_types_by_import_not_by_full_package() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/"))
                    .forEach(path -> inline.addAll(inlineNames(path)));
        }
        assertThat(ROOT.resolve("domain/src/main/java")).isDirectory();
        assertThat(inline).as("types named inline instead of imported").isEmpty();
    }

    @Test
    void the_domain_names_pages_not_routes() throws IOException {
        Pattern route = Pattern.compile("\"/(my|staff|admin|account|home|privacy|countries|experts|request|login)\\b");
        List<String> routes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("domain/src/main/java"))) {
            for (Path file : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (route.matcher(lines[i]).find() && !lines[i].strip().startsWith("*")) {
                        routes.add(ROOT.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(routes).as("routes written in the domain: name a PortalLink page, the notifications module "
                + "writes the address (PortalPaths)").isEmpty();
    }

    @Test
    void tests_take_the_time_from_their_clock() throws IOException {
        List<String> wallClock = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/test/java/")
                            || path.startsWith(ROOT.resolve("test-support/src/main/java")))
                    .filter(path -> !path.toString().contains("/target/"))
                    .filter(path -> !SYSTEM_TIME_ALLOWED.contains(ROOT.relativize(path).toString()))
                    .forEach(path -> wallClock.addAll(systemTimeReads(path)));
        }
        assertThat(ROOT.resolve("notifications/src/test/java")).isDirectory();
        assertThat(wallClock).as("tests reading the wall clock: take the time from the context's TestClock "
                + "(clock.instant(), LocalDate.now(clock)) or a TestClock the test sets, so that the suite is green "
                + "at any hour; measure elapsed time with System.nanoTime()").isEmpty();
    }

    /** Lines of {@code file}, outside comments and string literals, that read the system time. */
    private static List<String> systemTimeReads(Path file) {
        String[] lines;
        try {
            lines = Files.readString(file).split("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("/*")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            Matcher read = SYSTEM_TIME.matcher(codeOnly(lines[i]));
            while (read.find()) {
                String argument = read.group(1);
                if (argument == null || !argument.toLowerCase(Locale.ROOT).contains("clock")) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + " " + lines[i].strip());
                }
            }
        }
        return found;
    }

    private static List<String> inlineNames(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> importedNames = IMPORT.matcher(source).results()
                .map(m -> m.group(1).substring(m.group(1).lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("/*")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")) {
                continue;
            }
            Matcher name = INLINE_NAME.matcher(codeOnly(lines[i]));
            while (name.find()) {
                if (!importedNames.contains(name.group(2))) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + " " + name.group(1) + name.group(2));
                }
            }
        }
        return found;
    }

    /** The line without its string literals and its trailing comment: JPQL and messages may name types. */
    private static String codeOnly(String line) {
        StringBuilder code = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '"') {
                inString = !inString;
            } else if (inString && c == '\\') {
                i++;
            } else if (!inString) {
                code.append(c);
                continue;
            }
            code.append(' ');
        }
        return code.toString();
    }
}
