package org.expertportal.document;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;

/**
 * Receiving and delivering documents, for the features that own them (experts, samples, later
 * requests). The features decide who may upload or download what; this service makes every
 * upload and download follow the same rules: checked name, size and type, recorded hash, nothing
 * left behind on refusal, a recorded download before any byte is sent.
 */
@Named
@Transactional
public class DocumentService {

    private static final Logger log = Logger.getLogger(DocumentService.class.getName());
    /** Enough for any magic-byte signature the inspector looks at. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final DocumentRepository documents;
    private final DocumentDownloadRepository downloads;
    private final DocumentStore store;
    private final ContentInspector inspector;
    private final PdfStamper stamper;
    private final VirusScanner scanner;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentService(DocumentRepository documents, DocumentDownloadRepository downloads, DocumentStore store,
            ContentInspector inspector, PdfStamper stamper, VirusScanner scanner, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.downloads = downloads;
        this.store = store;
        this.inspector = inspector;
        this.stamper = stamper;
        this.scanner = scanner;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores an upload for {@code purpose} and returns its row. Refuses, with a translation key and
     * nothing left behind: a missing or dangerous name, an empty file, a file over the purpose's
     * limit, a file whose content is not of one of the purpose's types or whose name's extension is
     * not that type's, a Word package that fails its inspection ({@link OfficePackages}: macros,
     * another kind of package, a compression bomb), a file the virus scanner flags (the file
     * streams through the scanner on its way to the store, and is removed again when flagged), and
     * any file while a configured scanner cannot be reached. The stored name ends in the detected
     * type's extension, in lower case.
     */
    public Document receive(String originalName, InputStream content, DocumentPurpose purpose) {
        long uploader = currentUser.requireAccountId();
        FileNames.refusal(originalName).ifPresent(key -> {
            throw new DomainException(key);
        });
        String name = FileNames.sanitise(originalName);
        String storageName = UUID.randomUUID().toString();
        boolean written = false;
        try (InputStream buffered = new BufferedInputStream(content, HEAD_BYTES)) {
            buffered.mark(1);
            if (buffered.read() == -1) {
                throw new DomainException("document.refused.empty");
            }
            buffered.reset();
            String detected = inspector.detectMediaType(buffered);
            DocumentType type = purpose.typeOf(detected, name)
                    .orElseThrow(() -> new DomainException(purpose.typeRefusalKey()));
            MessageDigest sha256 = sha256();
            LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(buffered, sha256),
                    purpose.maxBytes());
            String keyId;
            try (VirusScanner.Scan scan = beginScan()) {
                try {
                    written = true;
                    keyId = store.write(storageName, new ScannedInputStream(limited, scan));
                } catch (LimitedInputStream.LimitExceeded tooLarge) {
                    throw new DomainException("document.refused.too-large", purpose.maxMegabytes());
                }
                Optional<String> found = finishScan(scan);
                if (found.isPresent()) {
                    log.log(Level.WARNING, "An upload was refused by the virus scanner: {0}", found.get());
                    audit.recordRegardless(AuditAction.UPLOAD_INFECTED, null, null, found.get());
                    throw new DomainException("document.refused.infected");
                }
            }
            if (type.isPackage()) {
                inspectPackage(storageName, keyId, limited.count(), purpose);
            }
            Document document = new Document(storageName, type.storedName(name), type.mediaType(),
                    limited.count(), HexFormat.of().formatHex(sha256.digest()), clock.instant(), uploader, keyId);
            return documents.save(document);
        } catch (IOException e) {
            cleanUp(storageName, written);
            throw new DomainException("document.refused.failed");
        } catch (RuntimeException e) {
            cleanUp(storageName, written);
            throw e;
        }
    }

    /** Reads the stored package back (it was streamed once, into the store) and judges its parts. */
    private void inspectPackage(String storageName, String keyId, long packageBytes, DocumentPurpose purpose)
            throws IOException {
        OfficePackages.Verdict verdict;
        try (InputStream stored = store.read(storageName, keyId)) {
            verdict = OfficePackages.inspect(stored, packageBytes, OfficePackages.Limits.DEFAULT);
        }
        switch (verdict) {
            case WORD -> {
                // Accepted.
            }
            case NOT_WORD -> throw new DomainException(purpose.typeRefusalKey());
            case UNSAFE -> {
                log.log(Level.WARNING, "An Office package was refused by its inspection");
                throw new DomainException("document.refused.package");
            }
        }
    }

    /**
     * Sends a document as stored, checked while it streams (docs/adr/044): the store decrypts and
     * authenticates it piece by piece, its SHA-256 is compared when the last byte has been read,
     * and the last 64 KB leave only after that comparison. A file that fails before its first byte
     * left is refused ({@code document.unavailable}, nothing recorded); one that fails later aborts
     * the response. The caller has checked that the current user may have it.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void deliver(Document document, DocumentPurpose purpose, DocumentSink sink) {
        long reader = currentUser.requireAccountId();
        if (!send(document, document.getSizeBytes(), sink, DocumentService::copyHoldingBackTheLastChunk,
                () -> record(document, purpose, reader))) {
            throw new DomainException("document.unavailable");
        }
    }

    /**
     * For an archive being sent (the data export): sends a document as {@link #deliver} does,
     * reading it once, but a file that fails before its first byte left is not an error: it
     * answers false, with nothing sent and nothing recorded (the failure is audited), so that
     * the caller can leave it out and say so. One that fails later throws {@link
     * DocumentDamagedException} as a download does: the caller must abort what it is sending,
     * never finish it. The caller has checked that the current user may have it.
     *
     * @return whether the document was sent
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public boolean deliverIfIntact(Document document, DocumentPurpose purpose, DocumentSink sink) {
        long reader = currentUser.requireAccountId();
        return send(document, document.getSizeBytes(), sink, DocumentService::copyHoldingBackTheLastChunk,
                () -> record(document, purpose, reader));
    }

    /**
     * Sends a copy of a PDF stamped on every page with {@code stamp}, generated while it streams;
     * the stored original is never changed. The stamper reads the whole file before it writes, so
     * a damaged file is refused before anything is sent. The caller has checked access.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void deliverStamped(Document document, DocumentPurpose purpose, String stamp, DocumentSink sink) {
        long reader = currentUser.requireAccountId();
        if (!send(document, -1, sink, (in, out) -> stamper.stamp(in, out, stamp),
                () -> record(document, purpose, reader))) {
            throw new DomainException("document.unavailable");
        }
    }

    private interface Copy {
        void copy(InputStream in, OutputStream out) throws IOException;
    }

    /** Bytes held back until the next ones have been read: the end of a file leaves after its check. */
    static final int HELD_BACK_BYTES = 64 * 1024;

    /**
     * Copies with one chunk always held back: a chunk is written only once the next one has been
     * read, so the last one waits for the end of the file, where the hash is compared. A file of
     * up to one chunk is checked whole before its first byte is written.
     */
    private static void copyHoldingBackTheLastChunk(InputStream in, OutputStream out) throws IOException {
        byte[] held = new byte[HELD_BACK_BYTES];
        byte[] next = new byte[HELD_BACK_BYTES];
        int heldCount = in.readNBytes(held, 0, held.length);
        while (heldCount > 0) {
            int nextCount = in.readNBytes(next, 0, next.length);
            out.write(held, 0, heldCount);
            byte[] swap = held;
            held = next;
            next = swap;
            heldCount = nextCount;
        }
    }

    /**
     * Streams the decrypted file, checked against its SHA-256, through {@code copy} into the sink,
     * reading it once. The download is recorded and the sink opened at the first byte written, so
     * a file that fails before that is refused cleanly with nothing recorded; the sink's stream is
     * closed only after a complete copy, because closing it after a failure midway would end the
     * response as if the document were whole.
     *
     * @return true when sent; false when the file failed its check before its first byte was
     *     written (audited, nothing sent, nothing recorded)
     */
    private boolean send(Document document, long length, DocumentSink sink, Copy copy, Runnable beforeFirstByte) {
        CheckedSource in = null;
        var out = new SinkOnFirstByte(sink,
                DocumentType.downloadName(document.getOriginalName(), document.getMediaType()),
                document.getMediaType(), length, beforeFirstByte);
        try {
            InputStream stored = store.read(document.getStorageName(), document.getKeyId());
            // An encrypted document is decrypted a few chunks ahead, beside the sending (docs/adr/055).
            in = store.authenticates(document.getKeyId())
                    ? new CheckedSource(new ReadAheadInputStream(stored), null)
                    : new CheckedSource(stored, document.getSha256());
            copy.copy(in, out);
            in.readToTheEnd();
            in.close();
            out.close();
            return true;
        } catch (IOException e) {
            closeQuietly(in);
            if (in == null || in.failed) {
                log.log(Level.SEVERE, "Document {0} failed its check ({1})",
                        new Object[] {document.getId(), out.opened() ? "while sending" : "before sending"});
                audit.recordRegardless(AuditAction.DOCUMENT_INTEGRITY_FAILED, AuditTarget.DOCUMENT,
                        String.valueOf(document.getId()), out.opened() ? "while sending" : "before sending");
                if (!out.opened()) {
                    return false;
                }
                throw new DocumentDamagedException(e);
            }
            throw new DocumentTransferException(e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // The stream already failed; there is nothing more to release.
            }
        }
    }

    /**
     * The stored file as it is read: remembers whether a failure came from it rather than from the
     * receiver, and, for a file its store does not authenticate (one stored before encryption),
     * compares at its end what was read with the recorded SHA-256 (docs/adr/050).
     */
    private static final class CheckedSource extends FilterInputStream {

        /** Null when the store authenticates the file as it is read. */
        private final MessageDigest sha256;
        private final String expected;
        private boolean checked;
        boolean failed;

        /** @param expected the recorded SHA-256 to compare, or null when the store authenticates the file */
        CheckedSource(InputStream in, String expected) {
            super(in);
            this.expected = expected;
            this.sha256 = expected == null ? null : sha256();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
            if (n > 0 && sha256 != null) {
                sha256.update(buffer, offset, n);
            } else if (n == -1) {
                checkOnce();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip not supported");
        }

        /** A copier may stop at the last byte it needs (a PDF parser): the check still reads the rest. */
        void readToTheEnd() throws IOException {
            byte[] rest = new byte[8192];
            while (read(rest, 0, rest.length) != -1) {
                // Read, hashed, checked at the end.
            }
        }

        private void checkOnce() throws IOException {
            if (!checked) {
                checked = true;
                if (sha256 != null && !HexFormat.of().formatHex(sha256.digest()).equals(expected)) {
                    failed = true;
                    throw new IOException("does not match its recorded SHA-256");
                }
            }
        }
    }

    /** Opens the sink only when the first byte is written (or, for an empty copy, when closed). */
    private static final class SinkOnFirstByte extends OutputStream {

        private final DocumentSink sink;
        private final String fileName;
        private final String mediaType;
        private final long length;
        private final Runnable beforeFirstByte;
        private OutputStream out;

        SinkOnFirstByte(DocumentSink sink, String fileName, String mediaType, long length, Runnable beforeFirstByte) {
            this.sink = sink;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.length = length;
            this.beforeFirstByte = beforeFirstByte;
        }

        boolean opened() {
            return out != null;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                beforeFirstByte.run();
                out = sink.open(fileName, mediaType, length);
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            out().write(bytes, offset, count);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            out().close();
        }
    }

    /** A document by id, for the feature that links to it. The caller has checked access. */
    public Optional<Document> findById(long documentId) {
        return documents.findById(documentId);
    }

    /**
     * Removes the file of a document received in the current use case when a later step of that
     * use case fails: the transaction takes the row away, this takes the file.
     */
    public void discard(Document document) {
        store.delete(document.getStorageName());
    }

    /**
     * Removes documents for good (erasure, retention): their download records, their rows, then
     * their files. The rows go first and are written at once, so that a row still referenced
     * elsewhere fails the use case before any file is gone; a file whose removal fails after that
     * is logged and lost to nobody, since no row leads to it. The caller has checked access.
     */
    public void erase(Collection<Document> erased) {
        for (Document document : erased) {
            downloads.deleteByDocumentId(document.getId());
            documents.delete(document);
        }
        documents.flush();
        for (Document document : erased) {
            store.delete(document.getStorageName());
        }
    }

    /** Downloads of one document, oldest first. Administrators only. */
    public List<DocumentDownload> downloadsOf(long documentId) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return downloads.findByDocumentIdOrderByIdAsc(documentId);
    }

    /**
     * Records the download just before its first byte is sent: a file refused before that is not
     * recorded, one that breaks off later stays recorded (a part of a document is still a copy).
     */
    private void record(Document document, DocumentPurpose purpose, long reader) {
        downloads.save(new DocumentDownload(document, reader, clock.instant(), purpose));
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, AuditTarget.DOCUMENT, String.valueOf(document.getId()),
                purpose.name());
    }

    private VirusScanner.Scan beginScan() {
        try {
            return scanner.begin();
        } catch (IOException e) {
            log.log(Level.SEVERE, "The virus scanner cannot be reached: {0}", e.getMessage());
            throw new DomainException("document.refused.scan-unavailable");
        }
    }

    private static Optional<String> finishScan(VirusScanner.Scan scan) {
        try {
            return scan.finish();
        } catch (IOException e) {
            log.log(Level.SEVERE, "The virus scanner gave no verdict: {0}", e.getMessage());
            throw new DomainException("document.refused.scan-unavailable");
        }
    }

    /** Hands every byte read on to the scanner as well: one pass feeds the store and the scan. */
    private static final class ScannedInputStream extends FilterInputStream {
        private final VirusScanner.Scan scan;

        ScannedInputStream(InputStream in, VirusScanner.Scan scan) {
            super(in);
            this.scan = scan;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                scan.feed(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                scan.feed(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip not supported");
        }
    }

    private void cleanUp(String storageName, boolean written) {
        if (written) {
            store.delete(storageName);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes and fails once more than {@code max} bytes have been read. */
    static final class LimitedInputStream extends FilterInputStream {

        static final class LimitExceeded extends IOException {
            LimitExceeded() {
                super("size limit exceeded");
            }
        }

        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip not supported");
        }

        private void add(long n) throws LimitExceeded {
            count += n;
            if (count > max) {
                throw new LimitExceeded();
            }
        }
    }
}
