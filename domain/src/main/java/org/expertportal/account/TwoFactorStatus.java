package org.expertportal.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the signed-in person stands with two-factor authentication.
 *
 * @param required staff and administrators must use it; clients choose
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(boolean enabled, Optional<Instant> enabledSince, boolean required,
        long recoveryCodesLeft) {}
