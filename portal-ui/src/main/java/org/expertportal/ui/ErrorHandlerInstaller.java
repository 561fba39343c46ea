package org.expertportal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every Vaadin session the portal's {@link PortalErrorHandler}. */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private final PortalErrorHandler handler = new PortalErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
    }
}
