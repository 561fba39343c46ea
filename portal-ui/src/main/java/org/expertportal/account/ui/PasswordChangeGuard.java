package org.expertportal.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.springframework.stereotype.Component;

/** A signed-in person who must change their password is sent to that page before any other. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accountService;

    PasswordChangeGuard(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            if (accountService.currentAccount().map(AccountSummary::mustChangePassword).orElse(false)) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
