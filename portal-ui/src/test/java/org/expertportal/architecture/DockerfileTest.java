package org.expertportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image builds the whole reactor, so it must copy every module the root pom names: a module
 * added to the build but not to the Dockerfile (test-support was) breaks `docker build` only, which
 * no other test runs here.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void the_image_copies_the_pom_and_sources_of_every_module() throws IOException {
        List<String> modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")))
                .results().map(match -> match.group(1).trim()).toList();
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));

        assertThat(modules).contains("domain", "portal-ui");
        assertThat(modules).allSatisfy(module -> assertThat(dockerfile).as("docker/Dockerfile copies " + module)
                .contains("COPY " + module + "/pom.xml " + module + "/")
                .contains("COPY " + module + "/src " + module + "/src"));
    }
}
