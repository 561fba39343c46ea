package org.expertportal.account.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.expertportal.account.AccountService;

/**
 * Whether the person is signed in as Vaadin's access control sees it too (the request's principal),
 * not only as the security context says. The sign-in pages send a signed-in person home; the access
 * control sends anyone without a principal from home back to the sign-in page. Asking both keeps the
 * two from sending a request back and forth until the stack runs out.
 */
final class SignedIn {

    private SignedIn() {}

    static boolean asAccessControlSeesIt(AccountService accounts) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null && accounts.currentAccount().isPresent();
    }
}
