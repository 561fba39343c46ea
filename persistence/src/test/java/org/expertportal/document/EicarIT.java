package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The EICAR test file against a real ClamAV daemon: {@code PORTAL_CLAMAV_HOST} and
 * {@code PORTAL_CLAMAV_PORT} when set, else 127.0.0.1:3310. Skipped, with the reason, where no
 * clamd answers.
 */
class EicarIT {

    /** The industry-standard harmless test string every virus scanner reports. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Test
    void a_real_clamd_refuses_the_eicar_test_file_and_passes_a_clean_one() throws IOException {
        String host = System.getenv().getOrDefault("PORTAL_CLAMAV_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORTAL_CLAMAV_PORT", "3310"));
        assumeTrue(reachable(host, port), "No ClamAV daemon answers at " + host + ":" + port
                + ": the EICAR test needs a real clamd (set PORTAL_CLAMAV_HOST/PORTAL_CLAMAV_PORT)");
        var clamd = new ClamAvScanner(host, port, Duration.ofSeconds(5), Duration.ofSeconds(60));

        byte[] eicar = EICAR.getBytes(StandardCharsets.US_ASCII);
        try (VirusScanner.Scan scan = clamd.begin()) {
            scan.feed(eicar, 0, eicar.length);
            assertThat(scan.finish()).get().asString().containsIgnoringCase("eicar");
        }
        byte[] clean = "%PDF-1.7 nothing to see here".getBytes(StandardCharsets.US_ASCII);
        try (VirusScanner.Scan scan = clamd.begin()) {
            scan.feed(clean, 0, clean.length);
            assertThat(scan.finish()).isEmpty();
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
