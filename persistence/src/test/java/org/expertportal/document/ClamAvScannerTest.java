package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The INSTREAM client against a tiny clamd stand-in on a local socket, so that the protocol is
 * exercised on every build, with or without a real ClamAV.
 */
class ClamAvScannerTest {

    private ServerSocket server;
    private CompletableFuture<Received> received;

    private record Received(String command, byte[] content, int chunks) {}

    @BeforeEach
    void fakeClamd() throws IOException {
        server = new ServerSocket(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** Answers one INSTREAM request like clamd: infected when the bytes contain the marker. */
    private void answer(String marker, String replyWhenFound) {
        received = CompletableFuture.supplyAsync(() -> {
            try (Socket client = server.accept()) {
                var in = new DataInputStream(client.getInputStream());
                var command = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != 0) {
                    command.write(b);
                }
                var content = new ByteArrayOutputStream();
                int chunks = 0;
                int length;
                while ((length = in.readInt()) != 0) {
                    content.write(in.readNBytes(length));
                    chunks++;
                }
                String text = content.toString(StandardCharsets.ISO_8859_1);
                String reply = text.contains(marker) ? replyWhenFound : "stream: OK";
                client.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return new Received(command.toString(StandardCharsets.US_ASCII), content.toByteArray(), chunks);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ClamAvScanner scanner() {
        return new ClamAvScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void a_clean_file_is_sent_in_chunks_after_the_instream_command_and_passes() throws Exception {
        answer("VIRUS", "stream: Test.Virus FOUND");
        byte[] first = "%PDF-1.7 first part ".getBytes();
        byte[] second = "second part".getBytes();
        Optional<String> verdict;
        try (VirusScanner.Scan scan = scanner().begin()) {
            scan.feed(first, 0, first.length);
            scan.feed(second, 0, second.length);
            verdict = scan.finish();
        }

        assertThat(verdict).isEmpty();
        Received got = received.get(5, TimeUnit.SECONDS);
        assertThat(got.command()).isEqualTo("zINSTREAM");
        assertThat(new String(got.content())).isEqualTo("%PDF-1.7 first part second part");
        assertThat(got.chunks()).isEqualTo(2);
    }

    @Test
    void an_infected_file_is_named_by_what_was_found() throws Exception {
        answer("X5O!P%@AP", "stream: Eicar-Test-Signature FOUND");
        byte[] eicar = EicarIT.EICAR.getBytes(StandardCharsets.US_ASCII);
        try (VirusScanner.Scan scan = scanner().begin()) {
            scan.feed(eicar, 0, eicar.length);
            assertThat(scan.finish()).contains("Eicar-Test-Signature");
        }
    }

    @Test
    void an_error_instead_of_a_verdict_fails_the_scan() throws Exception {
        answer("", "INSTREAM size limit exceeded. ERROR");
        try (VirusScanner.Scan scan = scanner().begin()) {
            scan.feed(new byte[] {1, 2, 3}, 0, 3);
            assertThatThrownBy(scan::finish).isInstanceOf(IOException.class).hasMessageContaining("size limit");
        }
    }

    @Test
    void an_unreachable_scanner_fails_instead_of_letting_the_file_through() throws IOException {
        int closedPort = server.getLocalPort();
        server.close();
        var unreachable = new ClamAvScanner("127.0.0.1", closedPort, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(unreachable::begin).isInstanceOf(IOException.class);
    }

    @Test
    void without_a_configured_host_every_file_passes_unscanned() throws IOException {
        var none = new ClamAvScanner("", 3310, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(none.isEnabled()).isFalse();
        try (VirusScanner.Scan scan = none.begin()) {
            byte[] eicar = EicarIT.EICAR.getBytes(StandardCharsets.US_ASCII);
            scan.feed(eicar, 0, eicar.length);
            assertThat(scan.finish()).isEmpty();
        }
    }
}
