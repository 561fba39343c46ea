package org.expertportal.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountService;

/**
 * The portal's "not allowed" page, inside the portal's layout and menu, with HTTP 403 on a first
 * load: a signed-in person opened a page their role may not open (docs/adr/026). Anonymous visitors
 * are normally sent to sign in before they get here; if one does get here, the page offers sign-in.
 * Replaces Vaadin's {@link RouteAccessDeniedError}, which shows the bare "not found" page instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends RouteAccessDeniedError implements HasComponents, HasDynamicTitle {

    private final transient AccountService accountService;

    AccessDeniedView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("portal-page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        boolean signedIn = accountService.currentAccount().isPresent();
        ErrorPages.accessDenied(signedIn, this::getTranslation).forEach(this::add);
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.denied.title") + " | " + getTranslation("app.name");
    }
}
