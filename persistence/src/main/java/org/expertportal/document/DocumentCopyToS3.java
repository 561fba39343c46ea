package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies every document of the filesystem store into the S3 bucket and proves each copy: the
 * names come from the {@code document} table, the bytes move as they are stored (ciphertext
 * bound to the storage name, so nothing is decrypted on the way and the S3 store reads them like
 * its own), and every object is read back from the bucket and its SHA-256 compared with the
 * file's. Idempotent: an object already there with the same bytes is verified and left alone;
 * one with other bytes (a broken earlier copy) is copied again. Run before switching to
 * {@code PORTAL_DOCUMENT_STORE=s3}, and once more after stopping the last node that wrote files
 * (docs/adr/043).
 */
final class DocumentCopyToS3 {

    private final JdbcTemplate jdbc;
    private final FileSystemDocumentStore source;
    private final S3DocumentStore target;

    DocumentCopyToS3(DataSource dataSource, FileSystemDocumentStore source, S3DocumentStore target) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.source = source;
        this.target = target;
    }

    /**
     * What a run did. Missing files are documents whose row has no file (nothing to copy; the
     * portal could not serve them either); failures are objects whose bytes read back differ.
     */
    record Summary(int documents, int copied, int alreadyThere, int missing, int failed) {

        public boolean complete() {
            return missing == 0 && failed == 0;
        }

        @Override
        public String toString() {
            return "documents: " + documents + ", copied and verified: " + copied + ", already there and verified: "
                    + alreadyThere + ", missing on disk: " + missing + ", failed: " + failed;
        }
    }

    /** Copies and verifies every document, reporting one line per problem and the summary. */
    Summary copyAll(Consumer<String> out) {
        List<String> names = jdbc.queryForList("SELECT storage_name FROM document ORDER BY id", String.class);
        int copied = 0;
        int alreadyThere = 0;
        int missing = 0;
        int failed = 0;
        for (String name : names) {
            try {
                switch (copy(name)) {
                    case COPIED -> copied++;
                    case ALREADY_THERE -> alreadyThere++;
                    case MISSING -> {
                        missing++;
                        out.accept("missing on disk: " + name);
                    }
                    case DIFFERENT -> {
                        failed++;
                        out.accept("read back with other bytes: " + name);
                    }
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                out.accept("failed: " + name + ": " + e.getMessage());
            }
        }
        Summary summary = new Summary(names.size(), copied, alreadyThere, missing, failed);
        out.accept("Copy of documents to S3 " + (summary.complete() ? "complete" : "INCOMPLETE") + ": " + summary);
        return summary;
    }

    private enum Outcome {
        COPIED,
        ALREADY_THERE,
        MISSING,
        DIFFERENT
    }

    private Outcome copy(String name) throws IOException {
        Path file = source.storedFile(name);
        if (!Files.isRegularFile(file)) {
            return Outcome.MISSING;
        }
        String expected;
        try (InputStream in = Files.newInputStream(file)) {
            expected = S3DocumentStore.sha256(in);
        }
        Optional<String> there = target.storedSha256(name);
        if (there.isPresent() && there.get().equals(expected)) {
            return Outcome.ALREADY_THERE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            target.putStored(name, in);
        }
        return target.storedSha256(name).filter(expected::equals).isPresent() ? Outcome.COPIED : Outcome.DIFFERENT;
    }
}
