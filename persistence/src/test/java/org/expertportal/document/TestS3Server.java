package org.expertportal.document;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: S3Proxy in this JVM on a free port of 127.0.0.1, keeping
 * objects as files under a temporary folder (jclouds' filesystem store), with signature-checked
 * credentials. No network beyond the loopback, starts in about a second.
 */
final class TestS3Server implements AutoCloseable {

    static final String ACCESS_KEY = "portal-test-access";
    static final String SECRET_KEY = "portal-test-secret";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    private TestS3Server(BlobStoreContext context, S3Proxy proxy) {
        this.context = context;
        this.proxy = proxy;
    }

    static TestS3Server start(Path folder) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .credentials("identity", "credential")
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        if (!"STARTED".equals(proxy.getState())) {
            proxy.stop();
            throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        return new TestS3Server(context, proxy);
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    S3DocumentStore.S3Settings settings(String bucket) {
        return new S3DocumentStore.S3Settings(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY);
    }

    /** A client as the portal configures it, for creating and inspecting buckets. */
    S3Client client() {
        return settings("unused").client();
    }

    /** A new, empty bucket: each test its own, so that "nothing left" means this test's nothing. */
    String newBucket(S3Client client) {
        String bucket = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        client.createBucket(request -> request.bucket(bucket));
        return bucket;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
