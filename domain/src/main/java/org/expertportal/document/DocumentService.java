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
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.expertportal.account.CurrentUser;
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
    private final CurrentUser currentUser;
    private final Clock clock;

    public DocumentService(DocumentRepository documents, DocumentDownloadRepository downloads, DocumentStore store,
            ContentInspector inspector, PdfStamper stamper, CurrentUser currentUser, Clock clock) {
        this.documents = documents;
        this.downloads = downloads;
        this.store = store;
        this.inspector = inspector;
        this.stamper = stamper;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores an upload for {@code purpose} and returns its row. Refuses, with a translation key and
     * nothing left behind: a missing or dangerous name, an empty file, a file over the purpose's
     * limit, a file whose content is not of the purpose's type.
     */
    public Document receive(String originalName, InputStream content, DocumentPurpose purpose) {
        long uploader = currentUser.requireAccountId();
        FileNames.refusal(originalName).ifPresent(key -> {
            throw new DomainException(key);
        });
        String storageName = UUID.randomUUID().toString();
        boolean written = false;
        try (InputStream buffered = new BufferedInputStream(content, HEAD_BYTES)) {
            buffered.mark(1);
            if (buffered.read() == -1) {
                throw new DomainException("document.refused.empty");
            }
            buffered.reset();
            String detected = inspector.detectMediaType(buffered);
            if (!purpose.accepts(detected)) {
                throw new DomainException("document.refused.type." + purpose.name().toLowerCase());
            }
            MessageDigest sha256 = sha256();
            LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(buffered, sha256),
                    purpose.maxBytes());
            try {
                written = true;
                store.write(storageName, limited);
            } catch (LimitedInputStream.LimitExceeded tooLarge) {
                throw new DomainException("document.refused.too-large", purpose.maxMegabytes());
            }
            Document document = new Document(storageName, FileNames.sanitise(originalName), detected,
                    limited.count(), HexFormat.of().formatHex(sha256.digest()), clock.instant(), uploader);
            return documents.save(document);
        } catch (IOException e) {
            cleanUp(storageName, written);
            throw new DomainException("document.refused.failed");
        } catch (RuntimeException e) {
            cleanUp(storageName, written);
            throw e;
        }
    }

    /**
     * Sends a document as stored, after checking its hash and recording the download. The caller
     * has checked that the current user may have it.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void deliver(Document document, DocumentPurpose purpose, DocumentSink sink) {
        record(document, purpose);
        try (InputStream in = store.read(document.getStorageName());
                OutputStream out = sink.open(document.getOriginalName(), document.getMediaType(),
                        document.getSizeBytes())) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new DocumentTransferException(e);
        }
    }

    /**
     * Sends a copy of a PDF stamped on every page with {@code stamp}, generated while it streams;
     * the stored original is never changed. The caller has checked access.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void deliverStamped(Document document, DocumentPurpose purpose, String stamp, DocumentSink sink) {
        record(document, purpose);
        try (InputStream in = store.read(document.getStorageName());
                OutputStream out = sink.open(document.getOriginalName(), document.getMediaType(), -1)) {
            stamper.stamp(in, out, stamp);
        } catch (IOException e) {
            throw new DocumentTransferException(e);
        }
    }

    /**
     * Removes the file of a document received in the current use case when a later step of that
     * use case fails: the transaction takes the row away, this takes the file.
     */
    public void discard(Document document) {
        store.delete(document.getStorageName());
    }

    /**
     * Whether the stored file is there and matches its recorded SHA-256. For callers that must
     * leave a damaged file out rather than fail (an export archive already being sent).
     */
    public boolean isIntact(Document document) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(store.read(document.getStorageName()), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return false;
        }
        return HexFormat.of().formatHex(sha256.digest()).equals(document.getSha256());
    }

    /**
     * Removes documents for good (erasure, retention): their download records, their rows, then
     * their files. The rows go first and are written at once, so that a row still referenced
     * elsewhere fails the use case before any file is gone; a file whose removal fails after that
     * is logged and lost to nobody, since no row leads to it. The caller has checked access.
     */
    public void erase(java.util.Collection<Document> erased) {
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
    public java.util.List<DocumentDownload> downloadsOf(long documentId) {
        if (!currentUser.hasRole(org.expertportal.account.Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return downloads.findByDocumentIdOrderByIdAsc(documentId);
    }

    /** Refuses a damaged or missing file before anything is recorded or sent. */
    private void record(Document document, DocumentPurpose purpose) {
        long reader = currentUser.requireAccountId();
        verify(document);
        downloads.save(new DocumentDownload(document, reader, clock.instant(), purpose));
    }

    private void verify(Document document) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(store.read(document.getStorageName()), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            log.log(Level.SEVERE, "Document {0} cannot be read", document.getId());
            throw new DomainException("document.unavailable");
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(document.getSha256())) {
            log.log(Level.SEVERE, "Document {0} does not match its recorded SHA-256", document.getId());
            throw new DomainException("document.unavailable");
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
