package org.expertportal.document;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploads streamed to a ClamAV daemon with its INSTREAM command: {@code zINSTREAM\0}, then chunks
 * (4-byte big-endian length and the bytes), then a zero length; clamd answers {@code stream: OK}
 * or {@code stream: <signature> FOUND}. Only when {@code PORTAL_CLAMAV_HOST} is set; without it
 * every file passes unscanned.
 */
@Component
class ClamAvScanner implements VirusScanner {

    private static final int MAX_REPLY = 1024;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ClamAvScanner(@Value("${portal.clamav.host:}") String host, @Value("${portal.clamav.port:3310}") int port,
            @Value("${portal.clamav.connect-timeout:5s}") Duration connectTimeout,
            @Value("${portal.clamav.read-timeout:60s}") Duration readTimeout) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    boolean isEnabled() {
        return !host.isEmpty();
    }

    @Override
    public Scan begin() throws IOException {
        if (!isEnabled()) {
            return new Unscanned();
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            return new InStream(socket, out);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static final class InStream implements Scan {
        private final Socket socket;
        private final DataOutputStream out;

        InStream(Socket socket, DataOutputStream out) {
            this.socket = socket;
            this.out = out;
        }

        @Override
        public void feed(byte[] buffer, int offset, int length) throws IOException {
            if (length > 0) {
                out.writeInt(length);
                out.write(buffer, offset, length);
            }
        }

        @Override
        public Optional<String> finish() throws IOException {
            out.writeInt(0);
            out.flush();
            String reply = readReply(socket.getInputStream()).strip();
            if (reply.endsWith("OK")) {
                return Optional.empty();
            }
            if (reply.endsWith("FOUND")) {
                String found = reply.substring(0, reply.length() - "FOUND".length()).strip();
                return Optional.of(found.startsWith("stream:") ? found.substring("stream:".length()).strip() : found);
            }
            // "INSTREAM size limit exceeded. ERROR" and the like: not a verdict.
            throw new IOException("clamd did not scan the file: " + reply);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a finished or broken connection: nothing more to do.
            }
        }

        private static String readReply(InputStream in) throws IOException {
            var reply = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != 0 && reply.size() < MAX_REPLY) {
                reply.write(b);
            }
            return reply.toString(StandardCharsets.US_ASCII);
        }
    }

    /** No scanner configured: every file passes. */
    private static final class Unscanned implements Scan {
        @Override
        public void feed(byte[] buffer, int offset, int length) {}

        @Override
        public Optional<String> finish() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }
}
