package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stream a download reads: the source's bytes in order, its failure in order, nothing after close. */
class ReadAheadInputStreamTest {

    private static final int CHUNK = ReadAheadInputStream.CHUNK_BYTES;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 9 * CHUNK + 7})
    void gives_the_sources_bytes_in_order_whatever_the_reader_asks_for(int size) throws IOException {
        byte[] content = random(size);
        var out = new ByteArrayOutputStream();
        try (var in = new ReadAheadInputStream(new ByteArrayInputStream(content))) {
            // Reads of an odd size, so that they straddle the chunks.
            byte[] buffer = new byte[7919];
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) != -1) {
                out.write(buffer, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void a_failure_of_the_source_reaches_the_reader_after_the_bytes_before_it_and_stays() throws IOException {
        byte[] content = random(5 * CHUNK);
        IOException damaged = new IOException("segment 3 failed its tag");
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= 3 * CHUNK) {
                    throw damaged;
                }
                int n = Math.min(len, 3 * CHUNK - read);
                System.arraycopy(content, read, b, off, n);
                read += n;
                return n;
            }
        };
        try (var in = new ReadAheadInputStream(failing)) {
            byte[] before = in.readNBytes(3 * CHUNK);
            assertThat(before).isEqualTo(Arrays.copyOf(content, 3 * CHUNK));
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasCause(damaged);
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasCause(damaged);
        }
    }

    @Test
    void closing_midway_stops_the_reading_before_the_source_is_closed() throws IOException {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        AtomicInteger readsAfterClose = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sourceClosed.get()) {
                    readsAfterClose.incrementAndGet();
                }
                Arrays.fill(b, off, off + len, (byte) 1);
                return len;
            }

            @Override
            public void close() {
                sourceClosed.set(true);
            }
        };
        var in = new ReadAheadInputStream(endless);
        assertThat(in.readNBytes(CHUNK + 1)).hasSize(CHUNK + 1);

        in.close();

        assertThat(sourceClosed).isTrue();
        assertThat(readsAfterClose).hasValue(0);
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("closed");
    }
}
