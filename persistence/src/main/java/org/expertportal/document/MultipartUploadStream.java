package org.expertportal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * An object written as it streams: bytes gather in one part-sized buffer; a document that fits in
 * one part is stored with a single PUT at {@link #close()}, a larger one as a multipart upload,
 * one part per full buffer, completed at {@link #close()}. So memory stays at one part whatever the
 * document's size, and the object appears under its key only when complete. After a failure the
 * caller calls {@link #abort()} instead of {@link #close()}: the multipart upload is aborted, so
 * the bucket keeps no object and no pending parts.
 */
final class MultipartUploadStream extends OutputStream {

    private static final Logger log = LoggerFactory.getLogger(MultipartUploadStream.class);
    /** S3 needs at least 5 MB per part but the last; 8 MB keeps a 100 MB document to 13 parts. */
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final byte[] buffer;
    private int filled;
    private String uploadId;
    private final List<CompletedPart> parts = new ArrayList<>();
    private boolean finished;

    MultipartUploadStream(S3Client s3, String bucket, String key, int partBytes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.buffer = new byte[partBytes];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        while (length > 0) {
            if (filled == buffer.length) {
                uploadPart();
            }
            int chunk = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, chunk);
            filled += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /** Stores what was written: the object appears now, complete. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        ensureOpen();
        if (uploadId == null) {
            s3.putObject(request -> request.bucket(bucket).key(key).contentLength((long) filled),
                    filledPart());
        } else {
            if (filled > 0) {
                uploadPart();
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        }
        finished = true;
    }

    /** Leaves nothing behind: no object under the key, no pending upload with its parts. */
    void abort() {
        if (finished) {
            return;
        }
        finished = true;
        if (uploadId == null) {
            return;
        }
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            // The bucket's lifecycle rule for incomplete uploads (README) removes the parts later.
            log.error("Multipart upload of {} could not be aborted: {}", key, e.getMessage());
        }
    }

    private void uploadPart() {
        if (uploadId == null) {
            uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key)).uploadId();
        }
        int number = parts.size() + 1;
        String etag = s3.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).contentLength((long) filled),
                filledPart()).eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        filled = 0;
    }

    /** The SDK copies the bytes once, so the buffer can be filled again at once. */
    private RequestBody filledPart() {
        return RequestBody.fromByteBuffer(ByteBuffer.wrap(buffer, 0, filled));
    }

    private void ensureOpen() throws IOException {
        if (finished) {
            throw new IOException("upload of " + key + " is already finished");
        }
    }
}
