package org.expertportal.document;

import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.expertportal.database.EmbeddedMariaDbAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar portal.jar --copy-documents-to-s3}: copies the filesystem store to the S3
 * bucket with {@link DocumentCopyToS3}, prints a summary and ends, with exit code 0 only when
 * every document is in the bucket and verified. A small application of its own, with the
 * portal's configuration (the same environment variables) but only a data source: no web server,
 * no jobs, no mail, no migrations.
 */
// Deliberately not a @SpringBootConfiguration: tests in this package would take it for theirs,
// and not a @Configuration either, which the portal's component scan would pick up.
@ImportAutoConfiguration({EmbeddedMariaDbAutoConfiguration.class, DataSourceAutoConfiguration.class})
public class DocumentCopyCommand {

    /** The command-line switch that runs this instead of the portal. */
    public static final String SWITCH = "--copy-documents-to-s3";

    private DocumentCopyCommand() {}

    private static final Logger log = LoggerFactory.getLogger(DocumentCopyCommand.class);

    /** Runs the copy, reporting through the log (standard output); the process's exit code. */
    public static int run(String... args) {
        return run(log::info, args);
    }

    static int run(Consumer<String> out, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DocumentCopyCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                // Its startup line would name the portal's main class, as if the portal had started.
                .logStartupInfo(false)
                .properties("spring.liquibase.enabled=false")
                .run(args)) {
            Environment env = context.getEnvironment();
            Path dataDir = Path.of(env.getProperty("portal.data-dir", "./data"));
            // Bytes move as they are stored: neither side needs the document keys.
            var source = new FileSystemDocumentStore(dataDir, null);
            var settings = new S3DocumentStore.S3Settings(
                    env.getProperty("portal.documents.s3.endpoint", ""),
                    env.getProperty("portal.documents.s3.region", "us-east-1"),
                    env.getProperty("portal.documents.s3.bucket", ""),
                    env.getProperty("portal.documents.s3.access-key", ""),
                    env.getProperty("portal.documents.s3.secret-key", ""));
            var target = new S3DocumentStore(settings, null);
            try {
                var summary = new DocumentCopyToS3(context.getBean(DataSource.class), source, target).copyAll(out);
                return summary.complete() ? 0 : 1;
            } finally {
                target.destroy();
            }
        }
    }
}
