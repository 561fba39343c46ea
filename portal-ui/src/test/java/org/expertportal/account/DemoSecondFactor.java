package org.expertportal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real TOTP codes for the demo staff and administrator, from the secrets the README prints (and
 * {@code portal.two-factor.demo-accounts} sets in the test profile), for tests that sign them in
 * the way a person does.
 */
public final class DemoSecondFactor {

    public static final String STAFF = "staff@demo.test";
    public static final String ADMIN = "admin@demo.test";
    public static final Map<String, String> SECRETS = Map.of(
            STAFF, "TV5DBLQOK3WOZCEOUH6FMXD55D3CKFDG",
            ADMIN, "7SLZ53SKRXC4M4JRNJZWTTUEA2TJUAH2");

    private DemoSecondFactor() {}

    public static boolean uses(String email) {
        return SECRETS.containsKey(email);
    }

    /** The code an authenticator app with this secret shows at that time. */
    public static String codeAt(String base32Secret, Instant time) {
        return Totp.code(Base32.decode(base32Secret), Totp.stepAt(time), Totp.DIGITS);
    }

    /**
     * A code the portal accepts now by the application's {@code clock} (a test may have moved it):
     * the current step's, or the next step's when the current one was used already (a second
     * sign-in within 30 seconds; the window accepts one step ahead).
     */
    public static String unusedCode(JdbcTemplate jdbc, Clock clock, String email) {
        Long lastUsed = jdbc.queryForObject("select c.last_used_step from two_factor_credential c "
                + "join account a on a.id = c.account_id where a.email = ?", Long.class, email);
        long current = Totp.stepAt(clock.instant());
        long step = current;
        if (lastUsed != null && lastUsed >= step) {
            step = lastUsed + 1;
        }
        if (step > current + Totp.WINDOW) {
            throw new IllegalStateException("more than two sign-ins of " + email + " within 30 s: call "
                    + "forgetUsedSteps first");
        }
        return Totp.code(Base32.decode(SECRETS.get(email)), step, Totp.DIGITS);
    }

    /**
     * Test isolation: forgets which step an earlier test used, so that its sign-in does not make
     * this test's code look replayed. Replay tests call it once, before their first sign-in.
     */
    public static void forgetUsedSteps(JdbcTemplate jdbc, String email) {
        jdbc.update("update two_factor_credential c join account a on a.id = c.account_id "
                + "set c.last_used_step = null where a.email = ?", email);
    }
}
