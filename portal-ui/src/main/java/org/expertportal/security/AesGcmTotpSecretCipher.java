package org.expertportal.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.expertportal.account.TotpSecretCipher;

/**
 * AES-256-GCM for TOTP secrets. Stored form: {@code v1:<key id>:<base64(nonce | ciphertext | tag)>}
 * with a fresh 96-bit nonce each time and the account id as associated data. The key id (the
 * first bytes of a hash of the key) tells a value sealed with another key from a tampered one.
 */
class AesGcmTotpSecretCipher implements TotpSecretCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    AesGcmTotpSecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the TOTP key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = keyId(key);
    }

    @Override
    public String seal(byte[] secret, long accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret);
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public byte[] open(String sealed, long accountId) {
        String[] parts = sealed == null ? new String[0] : sealed.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalStateException("not a sealed TOTP secret");
        }
        if (!parts[1].equals(keyId)) {
            throw new IllegalStateException("sealed with another TOTP key");
        }
        try {
            byte[] stored = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the sealed TOTP secret does not open: altered or moved", e);
        }
    }

    private static byte[] associatedData(long accountId) {
        return ("totp-secret:account:" + accountId).getBytes(StandardCharsets.US_ASCII);
    }

    private static String keyId(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("expert-portal totp key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
