package org.expertportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * imported).
 */
class SourceStyleTest {

    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.@\"])((?:java|javax|jakarta|com|org)\\.(?:[a-z_]\\w*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

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
