package org.expertportal.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.account.TwoFactorService;
import org.springframework.stereotype.Component;

/**
 * Staff and administrators without two-factor authentication are sent to enrol before any other
 * page, as the first administrator is sent to change a one-time password (which comes first).
 */
@Component
class TwoFactorEnrolmentGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALWAYS_OPEN =
            Set.of(TwoFactorView.class, LoginView.class, SecondFactorView.class, ChangePasswordView.class);

    private final AccountService accounts;
    private final TwoFactorService twoFactor;

    TwoFactorEnrolmentGuard(AccountService accounts, TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(enter -> {
            if (ALWAYS_OPEN.contains(enter.getNavigationTarget())) {
                return;
            }
            boolean passwordFirst = accounts.currentAccount().map(AccountSummary::mustChangePassword).orElse(true);
            if (!passwordFirst && twoFactor.mustEnrol()) {
                enter.forwardTo(TwoFactorView.class);
            }
        }));
    }
}
