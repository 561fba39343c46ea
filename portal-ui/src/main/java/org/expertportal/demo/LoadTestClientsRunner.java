package org.expertportal.demo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentService;
import org.expertportal.request.LoadTestClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The {@code load-test} profile: the load driver's people (README "Load test"), made at start.
 * There is no HTTP endpoint for it: only a start with the profile named creates accounts with a
 * known password, which is why no production start may name it.
 *
 * <p>With {@code portal.load-test.report-megabytes} above 0 (README "Download benchmark") it also
 * stores, once per database, a report of that many MB through the ordinary upload path ({@link
 * DocumentService#receive}: type check, size limit, scan, encryption into the document store),
 * acting as the demo staff member, and shares it as delivered report with every load-test
 * client's request, so that each of them can download it from their request page.
 */
@Component
@Profile("load-test")
class LoadTestClientsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadTestClientsRunner.class);
    private static final String STAFF = "staff@demo.test";

    private final LoadTestClients clients;
    private final PasswordEncoder passwords;
    private final DocumentService documents;
    private final UserDetailsService users;
    private final Clock clock;
    private final int count;
    private final String password;
    private final int reportMegabytes;

    LoadTestClientsRunner(LoadTestClients clients, PasswordEncoder passwords, DocumentService documents,
            UserDetailsService users, Clock clock, @Value("${portal.load-test.clients:1000}") int count,
            @Value("${portal.load-test.password:load-test-pass}") String password,
            @Value("${portal.load-test.report-megabytes:0}") int reportMegabytes) {
        this.clients = clients;
        this.passwords = passwords;
        this.documents = documents;
        this.users = users;
        this.clock = clock;
        this.count = count;
        this.password = password;
        this.reportMegabytes = reportMegabytes;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        clients.ensure(count, passwords.encode(password), clock.instant());
        log.info("Load test: {} client accounts ready ({} ms)", count, (System.nanoTime() - started) / 1_000_000);
        if (reportMegabytes > 0) {
            shareBenchmarkReport();
        }
    }

    private void shareBenchmarkReport() {
        String name = "load-test-report-" + reportMegabytes + "mb.pdf";
        long documentId = clients.sharedReport(name);
        long staffId;
        if (documentId < 0) {
            long started = System.nanoTime();
            UserDetails staff = users.loadUserByUsername(STAFF);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
            try {
                Document stored = documents.receive(name, new GeneratedPdf(reportMegabytes * 1024L * 1024L),
                        DocumentPurpose.REPORT);
                documentId = stored.getId();
                staffId = stored.getUploadedBy();
            } finally {
                SecurityContextHolder.clearContext();
            }
            log.info("Load test: stored a {} MB report through the upload path ({} ms)", reportMegabytes,
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            staffId = documents.findById(documentId).orElseThrow().getUploadedBy();
        }
        clients.shareReport(documentId, name, count, staffId, clock.instant());
        log.info("Load test: report {} shared with {} clients' requests", name, count);
    }

    /**
     * A file the content check takes for a PDF, exactly {@code length} bytes: a PDF header, one
     * stream object of random bytes (which no compression could shrink) and a trailer. Generated
     * while it is read, never whole in memory.
     */
    static final class GeneratedPdf extends InputStream {

        private static final byte[] HEAD = "%PDF-1.7\n1 0 obj\n<< >>\nstream\n".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] TAIL = "\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        /** The one random source the portal may use (SecurityRulesTest); fast enough for 50 MB once. */
        private final SecureRandom random = new SecureRandom();
        private final byte[] noise = new byte[64 * 1024];
        private int noiseLeft;
        private final long length;
        private long position;

        GeneratedPdf(long length) {
            if (length < HEAD.length + TAIL.length) {
                throw new IllegalArgumentException("too short for a PDF");
            }
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = byteAt(position + i);
            }
            position += n;
            return n;
        }

        private byte byteAt(long at) {
            if (at < HEAD.length) {
                return HEAD[(int) at];
            }
            long fromEnd = length - at;
            if (fromEnd <= TAIL.length) {
                return TAIL[TAIL.length - (int) fromEnd];
            }
            if (noiseLeft == 0) {
                random.nextBytes(noise);
                noiseLeft = noise.length;
            }
            return noise[--noiseLeft];
        }
    }
}
