package org.expertportal.demo;

import java.util.List;
import org.expertportal.account.TwoFactorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Enrols the demo staff and administrator in two-factor authentication with the fixed secrets of
 * {@code portal.two-factor.demo-accounts} ({@code email:BASE32,...}; set in the demo and test
 * profiles only, printed in the README). The secrets are sealed here, at start, with whatever key
 * this installation uses, so a changed or regenerated key never leaves them unreadable.
 */
@Component
class DemoTwoFactor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTwoFactor.class);

    private final TwoFactorService twoFactor;
    private final List<String> demoAccounts;

    DemoTwoFactor(TwoFactorService twoFactor, @Value("${portal.two-factor.demo-accounts:}") List<String> demoAccounts) {
        this.twoFactor = twoFactor;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int enrolled = 0;
        for (String entry : demoAccounts) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("portal.two-factor.demo-accounts takes email:BASE32 pairs");
            }
            if (twoFactor.provision(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip())) {
                enrolled++;
            }
        }
        if (enrolled > 0) {
            log.info("Demo two-factor secrets stored for {} accounts", enrolled);
        }
    }
}
