package org.expertportal.document;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage...), chosen by
 * {@code PORTAL_DOCUMENT_STORE=s3} so that several portal nodes share one store (docs/adr/043).
 * Encryption stays here, exactly as in {@link FileSystemDocumentStore}: the object's bytes are
 * the same Tink ciphertext a file would hold, bound to the storage name, so that the bucket's
 * operator reads nothing and a copied or swapped object fails to decrypt. Uploads stream in 8 MB
 * parts (a multipart upload, aborted when anything fails, so that no object and no pending
 * upload is left); downloads stream and decrypt as they are read.
 */
class S3DocumentStore implements DocumentStore, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStore.class);
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    /** Objects live under this prefix, so that a bucket can be shared with other data. */
    static final String PREFIX = "documents/";

    private final S3Client s3;
    private final String bucket;
    private final DocumentKeys keys;
    private final int partBytes;

    S3DocumentStore(S3Settings settings, DocumentKeys keys) {
        this(settings.client(), settings.bucket(), keys, MultipartUploadStream.PART_BYTES);
    }

    S3DocumentStore(S3Client s3, String bucket, DocumentKeys keys, int partBytes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = keys;
        this.partBytes = partBytes;
    }

    /** Where the bucket is and who may use it, from the environment (README, configuration). */
    record S3Settings(String endpoint, String region, String bucket, String accessKey, String secretKey) {

        S3Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("PORTAL_DOCUMENT_STORE=s3 needs PORTAL_S3_BUCKET (see README)");
            }
        }

        /**
         * Path-style addressing ({@code endpoint/bucket/key}), which every S3-compatible server
         * understands without wildcard DNS. Checksums only where the API demands them: Tink's tags
         * already prove every byte, and several S3-compatible servers refuse the SDK's newer
         * default trailing checksums.
         */
        S3Client client() {
            var builder = S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(region))
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint));
            }
            if (accessKey != null && !accessKey.isBlank()) {
                builder.credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
            }
            return builder.build();
        }
    }

    @Override
    public String write(String storageName, InputStream content) throws IOException {
        String key = keyOf(storageName);
        var upload = new MultipartUploadStream(s3, bucket, key, partBytes);
        try {
            // Not try-with-resources: closing the encrypting stream completes the upload, which
            // after a failure would store a shorter, validly encrypted document.
            OutputStream out = keys.primary().newEncryptingStream(upload, associatedData(storageName));
            content.transferTo(out);
            out.close();
            return keys.primaryId();
        } catch (GeneralSecurityException e) {
            upload.abort();
            throw new IOException("cannot encrypt", e);
        } catch (SdkException e) {
            upload.abort();
            throw new IOException("document storage refused the upload: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            upload.abort();
            throw e;
        }
    }

    /** Tink's streaming AEAD authenticates every segment, the end and the storage name (docs/adr/050). */
    @Override
    public boolean authenticates(String keyId) {
        return keyId != null;
    }

    @Override
    public InputStream read(String storageName, String keyId) throws IOException {
        String key = keyOf(storageName);
        if (keyId == null) {
            // Stored before encryption (docs/adr/013) and copied as it was.
            return openStored(key);
        }
        StreamingAead aead = keys.byId(keyId)
                .orElseThrow(() -> new IOException("document key " + keyId + " is not configured"));
        InputStream encrypted = openStored(key);
        try {
            return aead.newDecryptingStream(encrypted, associatedData(storageName));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            encrypted.close();
            throw e instanceof IOException io ? io : new IOException("cannot decrypt", e);
        }
    }

    @Override
    public void delete(String storageName) {
        String key = keyOf(storageName);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            log.error("Document {} could not be deleted: {}", storageName, e.getMessage());
        }
    }

    @Override
    public boolean exists(String storageName) {
        String key = keyOf(storageName);
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Stores bytes that are already in the store's format (a file of the filesystem store), as
     * they are: the copy command moves documents without decrypting them.
     */
    void putStored(String storageName, InputStream stored) throws IOException {
        var upload = new MultipartUploadStream(s3, bucket, keyOf(storageName), partBytes);
        try {
            stored.transferTo(upload);
            upload.close();
        } catch (SdkException e) {
            upload.abort();
            throw new IOException("document storage refused the upload: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            upload.abort();
            throw e;
        }
    }

    /** SHA-256 (hex) of the object's bytes as stored, read back from the bucket; empty if absent. */
    Optional<String> storedSha256(String storageName) throws IOException {
        if (!exists(storageName)) {
            return Optional.empty();
        }
        try (InputStream in = openStored(keyOf(storageName))) {
            return Optional.of(sha256(in));
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private InputStream openStored(String key) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("document storage unavailable: " + e.getMessage(), e);
        }
    }

    /** Binds the ciphertext to the row's storage name: the same as {@link FileSystemDocumentStore}'s. */
    private static byte[] associatedData(String storageName) {
        return FileSystemDocumentStore.associatedData(storageName);
    }

    static String keyOf(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("not a storage name");
        }
        return PREFIX + storageName;
    }

    String bucket() {
        return bucket;
    }

    S3Client client() {
        return s3;
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
