package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a virtual thread of its own, a few chunks ahead of its reader: a download's
 * decryption (the store's stream) runs beside the sending of what was decrypted before, on the
 * other processor, instead of taking turns with it (issue #18, docs/adr/055). At most {@link
 * #DEPTH} chunks wait, in buffers that are reused. The source's failure reaches the reader in
 * order, after the chunks read before it, as an {@link IOException} caused by it. Closing stops the
 * reading thread, waits for it and then closes the source, so that nothing reads a closed source.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK_BYTES = 128 * 1024;
    static final int DEPTH = 3;

    /** A chunk read, the end ({@code length} -1) or the source's failure. */
    private record Chunk(byte[] bytes, int length, IOException failure) {

        static final Chunk END = new Chunk(null, -1, null);
    }

    private final InputStream source;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(DEPTH);
    /** Buffers the reader has finished with, for the thread to fill again. */
    private final BlockingQueue<byte[]> emptied = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread filler;
    private volatile boolean closed;
    private int buffers;
    private Chunk current;
    private int position;

    ReadAheadInputStream(InputStream source) {
        this.source = source;
        this.filler = Thread.ofVirtual().name("document-read-ahead").start(this::fill);
    }

    private void fill() {
        try {
            while (!closed) {
                byte[] buffer = nextEmptyBuffer();
                int n = source.readNBytes(buffer, 0, buffer.length);
                if (n > 0) {
                    filled.put(new Chunk(buffer, n, null));
                }
                if (n < buffer.length) {
                    filled.put(Chunk.END);
                    return;
                }
            }
        } catch (IOException failure) {
            offerFailure(failure);
        } catch (RuntimeException failure) {
            offerFailure(new IOException("the document could not be read", failure));
        } catch (InterruptedException stopped) {
            // Closed by the reader: nobody waits for more.
        }
    }

    /** A new buffer while fewer than DEPTH + 1 exist (one is the reader's), else one given back. */
    private byte[] nextEmptyBuffer() throws InterruptedException {
        byte[] reused = emptied.poll();
        if (reused != null) {
            return reused;
        }
        if (buffers < DEPTH + 1) {
            buffers++;
            return new byte[CHUNK_BYTES];
        }
        return emptied.take();
    }

    private void offerFailure(IOException failure) {
        try {
            filled.put(new Chunk(null, 0, failure));
        } catch (InterruptedException stopped) {
            // Closed by the reader: nobody waits for the failure.
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (length == 0) {
            return 0;
        }
        if (current == null || current.bytes() != null && position == current.length()) {
            next();
        }
        if (current.failure() != null) {
            throw new IOException("the document failed while it was read", current.failure());
        }
        if (current.length() < 0) {
            return -1;
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, target, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        if (current != null) {
            emptied.offer(current.bytes());
        }
        try {
            current = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the document");
        }
        position = 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        filler.interrupt();
        try {
            filler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
