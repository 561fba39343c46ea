package org.expertportal.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountService;

/**
 * The portal's "not found" page, inside the portal's layout and menu, with HTTP 404 on a first load.
 * Shown for an unknown address, an unknown country, expert or request, and another client's
 * request alike, so that nobody learns whether a reference exists (docs/adr/026). Replaces Vaadin's
 * {@link RouteNotFoundError}, which names the address and, in development mode, lists every route.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends RouteNotFoundError implements HasComponents, HasDynamicTitle {

    private final transient AccountService accountService;

    NotFoundView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("portal-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        boolean signedIn = accountService.currentAccount().isPresent();
        ErrorPages.notFound(event.getLocation().getPath(), signedIn, this::getTranslation).forEach(this::add);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.not-found.title") + " | " + getTranslation("app.name");
    }
}
