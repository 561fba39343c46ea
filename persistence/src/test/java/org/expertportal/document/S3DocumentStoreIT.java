package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The shared contract ({@link DocumentStoreContract}) against a real S3-compatible server
 * (S3Proxy in this JVM), each test in a bucket of its own; plus what only the S3 store has.
 */
class S3DocumentStoreIT extends DocumentStoreContract {

    @TempDir
    static Path objects;

    private static TestS3Server server;
    private static S3Client client;
    private String bucket;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestS3Server.start(objects);
        client = server.client();
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        server.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = server.newBucket(client);
    }

    @Override
    DocumentStore store(String keys, String primary) {
        return new S3DocumentStore(server.settings(bucket), DocumentKeys.parse(keys, primary));
    }

    @Override
    byte[] storedBytes(String storageName) {
        return client.getObjectAsBytes(request -> request.bucket(bucket).key(S3DocumentStore.keyOf(storageName)))
                .asByteArray();
    }

    @Override
    void putStoredBytes(String storageName, byte[] bytes) {
        client.putObject(request -> request.bucket(bucket).key(S3DocumentStore.keyOf(storageName)),
                RequestBody.fromBytes(bytes));
    }

    @Override
    void assertNothingLeft() {
        assertThat(client.listObjectsV2(request -> request.bucket(bucket)).contents()).as("objects").isEmpty();
        assertThat(client.listMultipartUploads(request -> request.bucket(bucket)).uploads())
                .as("pending multipart uploads").isEmpty();
    }

    @Test
    void a_large_document_goes_up_in_eight_megabyte_parts_under_the_documents_prefix() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();

        store.write(name, new GeneratedStream(20L * 1024 * 1024));

        var head = client.headObject(request -> request.bucket(bucket).key("documents/" + name));
        assertThat(head.eTag()).as("a multipart object's ETag ends with its number of parts").endsWith("-3\"");
        assertThat(head.contentLength()).isGreaterThan(20L * 1024 * 1024);
    }

    @Test
    void a_small_document_is_one_plain_upload() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();

        store.write(name, new ByteArrayInputStream("%PDF-1.7 short".getBytes()));

        var head = client.headObject(request -> request.bucket(bucket).key("documents/" + name));
        assertThat(head.eTag()).doesNotContain("-");
    }

    @Test
    void a_missing_bucket_or_wrong_credentials_fail_the_upload_with_an_io_error_and_leave_nothing() {
        var noBucket = new S3DocumentStore(server.settings("no-such-bucket"), DocumentKeys.parse(OLD_KEY, null));
        assertThatThrownBy(() -> noBucket.write(UUID.randomUUID().toString(),
                new ByteArrayInputStream("%PDF-1.7".getBytes()))).isInstanceOf(IOException.class);

        var wrongSecret = new S3DocumentStore(new S3DocumentStore.S3Settings(server.endpoint(), "us-east-1", bucket,
                TestS3Server.ACCESS_KEY, "not-the-secret"), DocumentKeys.parse(OLD_KEY, null));
        assertThatThrownBy(() -> wrongSecret.write(UUID.randomUUID().toString(), new GeneratedStream(10L * 1024 * 1024)))
                .isInstanceOf(IOException.class);
        assertNothingLeft();
    }

    @Test
    void without_a_bucket_the_s3_store_refuses_to_start() {
        assertThatThrownBy(() -> new S3DocumentStore.S3Settings(server.endpoint(), "us-east-1", " ", "a", "b"))
                .hasMessageContaining("PORTAL_S3_BUCKET");
    }
}
