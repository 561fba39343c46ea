package org.expertportal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.expertportal.account.TotpSecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals TOTP secrets: {@code PORTAL_TOTP_KEY} (base64 of 32 random bytes), kept
 * outside the database so that a dump alone does not give the secrets away. Without it the portal
 * does not start, except where {@code portal.two-factor.generate-key} is set (the demo and the
 * tests): there a key is made once under {@code portal.data-dir/keys/} and reused.
 */
@Configuration
class TotpKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TotpKeyConfiguration.class);
    static final String KEY_FILE = "keys/totp.key";

    @Bean
    TotpSecretCipher totpSecretCipher(
            @Value("${portal.two-factor.key:}") String configuredKey,
            @Value("${portal.two-factor.generate-key:false}") boolean generate,
            @Value("${portal.data-dir:./data}") Path dataDir) {
        return new AesGcmTotpSecretCipher(resolveKey(configuredKey, generate, dataDir));
    }

    static byte[] resolveKey(String configuredKey, boolean generate, Path dataDir) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey.strip(), "PORTAL_TOTP_KEY");
        }
        if (!generate) {
            throw new IllegalStateException("PORTAL_TOTP_KEY is not set: give it the base64 of 32 random bytes "
                    + "(for example: openssl rand -base64 32). It seals the two-factor secrets; keep it out of "
                    + "the database and its backups.");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            log.info("Generated a TOTP key for development under the data folder ({})", KEY_FILE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(source + " must be the base64 of exactly 32 bytes, not " + key.length);
        }
        return key;
    }
}
