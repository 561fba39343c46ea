package org.expertportal.document;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys documents are encrypted with: AES-256-GCM with HKDF-SHA256 (Tink's streaming AEAD),
 * one 32-byte key per id, in 64 KB segments for documents written now (their rows name the key
 * as {@code id/64k}) and 1 MB segments for those written before (the id as configured; Tink's
 * AES256_GCM_HKDF_1MB), docs/adr/048. New documents use the primary
 * key; older ones name their key in their row, so the primary can change without rewriting any
 * file (docs/adr/013).
 *
 * <p>Format of {@code PORTAL_DOCUMENT_KEYS}: {@code id:base64,id:base64} (an id is letters,
 * digits, dot, dash or underscore, at most 64); {@code PORTAL_DOCUMENT_PRIMARY_KEY} names the
 * primary, and may be left out when there is one key only.
 */
final class DocumentKeys {

    private static final Logger log = LoggerFactory.getLogger(DocumentKeys.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int KEY_BYTES = 32;
    /**
     * Segments of documents written now (docs/adr/048): the JDK's AES-GCM runs at full speed on
     * them from the first download on, where 1 MB segments are decrypted by unoptimised code
     * until the JIT has seen some hundreds of them (about 90 MB/s against 2 GB/s measured), and
     * each reader holds two segments, not two megabytes.
     */
    private static final int SEGMENT_BYTES = 64 * 1024;
    /** Segments of documents written before: read with the key id as configured. */
    private static final int FIRST_SEGMENT_BYTES = 1024 * 1024;
    /** Appended to a key id for documents in {@link #SEGMENT_BYTES} segments; no configured id has a '/'. */
    static final String SEGMENTS_64K = "/64k";

    private final Map<String, StreamingAead> keys;
    private final String primaryId;

    private DocumentKeys(Map<String, StreamingAead> keys, String primaryId) {
        this.keys = keys;
        this.primaryId = primaryId;
    }

    /**
     * From configuration; with none configured and {@code generate} set (demo and test profiles),
     * from a key file under {@code keyFolder}, created at first start.
     */
    static DocumentKeys load(String configured, String primary, boolean generate, Path keyFolder) {
        if (configured != null && !configured.isBlank()) {
            return parse(configured, primary);
        }
        if (!generate) {
            throw new IllegalStateException("PORTAL_DOCUMENT_KEYS is not set: documents cannot be stored "
                    + "without an encryption key (see README, configuration)");
        }
        Path file = keyFolder.resolve("document-keys.txt");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keyFolder);
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                String id = "local-" + LocalDate.now(ZoneOffset.UTC);
                Files.writeString(file, id + ":" + Base64.getEncoder().encodeToString(key) + "\n",
                        StandardCharsets.US_ASCII);
                restrict(file);
                log.info("Generated a document encryption key under the data folder (development only)");
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the document key file", e);
        }
    }

    static DocumentKeys parse(String configured, String primary) {
        Map<String, StreamingAead> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalStateException("PORTAL_DOCUMENT_KEYS: each entry must be id:base64-key");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("PORTAL_DOCUMENT_KEYS: the key of " + parts[0] + " is not base64");
            }
            if (raw.length != KEY_BYTES) {
                throw new IllegalStateException(
                        "PORTAL_DOCUMENT_KEYS: the key of " + parts[0] + " must be 32 bytes");
            }
            if (keys.containsKey(parts[0])) {
                throw new IllegalStateException("PORTAL_DOCUMENT_KEYS: key id " + parts[0] + " appears twice");
            }
            keys.put(parts[0], aead(raw, FIRST_SEGMENT_BYTES));
            keys.put(parts[0] + SEGMENTS_64K, aead(raw, SEGMENT_BYTES));
        }
        String primaryId = primary == null || primary.isBlank() ? null : primary.strip();
        if (primaryId == null) {
            if (keys.size() != 2) {
                throw new IllegalStateException("PORTAL_DOCUMENT_PRIMARY_KEY must name one of the document keys");
            }
            primaryId = keys.keySet().iterator().next();
        }
        if (!KEY_ID.matcher(primaryId).matches() || !keys.containsKey(primaryId)) {
            throw new IllegalStateException("PORTAL_DOCUMENT_PRIMARY_KEY names no configured key");
        }
        return new DocumentKeys(Map.copyOf(keys), primaryId);
    }

    /** The id new documents record: the primary key, in {@link #SEGMENT_BYTES} segments. */
    String primaryId() {
        return primaryId + SEGMENTS_64K;
    }

    StreamingAead primary() {
        return keys.get(primaryId());
    }

    Optional<StreamingAead> byId(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    private static StreamingAead aead(byte[] raw, int segmentBytes) {
        try {
            var parameters = AesGcmHkdfStreamingParameters.builder()
                    .setKeySizeBytes(KEY_BYTES)
                    .setDerivedAesGcmKeySizeBytes(KEY_BYTES)
                    .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(segmentBytes)
                    .build();
            return AesGcmHkdfStreaming.create(
                    AesGcmHkdfStreamingKey.create(parameters, SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use a document key", e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot restrict the key file's permissions on this file system");
        }
    }
}
