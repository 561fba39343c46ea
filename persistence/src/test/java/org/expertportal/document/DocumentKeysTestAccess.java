package org.expertportal.document;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** A key of the tests' {@code id:base64} form as a streaming AEAD of any segment size, as files were written before. */
final class DocumentKeysTestAccess {

    private DocumentKeysTestAccess() {}

    static StreamingAead aead(String configured, int segmentBytes) throws GeneralSecurityException {
        byte[] raw = Base64.getDecoder().decode(configured.split(":", 2)[1]);
        var parameters = AesGcmHkdfStreamingParameters.builder()
                .setKeySizeBytes(32)
                .setDerivedAesGcmKeySizeBytes(32)
                .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                .setCiphertextSegmentSizeBytes(segmentBytes)
                .build();
        return AesGcmHkdfStreaming.create(
                AesGcmHkdfStreamingKey.create(parameters, SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get())));
    }
}
