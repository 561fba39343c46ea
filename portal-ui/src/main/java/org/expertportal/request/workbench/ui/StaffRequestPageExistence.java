package org.expertportal.request.workbench.ui;

import com.vaadin.flow.router.RouteParameters;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.PageExistence;
import org.springframework.stereotype.Component;

/**
 * The staff request page exists when the use case the page uses finds the request for the person
 * asking (docs/adr/026).
 */
@Component
class StaffRequestPageExistence implements PageExistence {

    private final RequestHandlingService handling;

    StaffRequestPageExistence(RequestHandlingService handling) {
        this.handling = handling;
    }

    @Override
    public boolean answersFor(Class<?> view) {
        return view == StaffRequestView.class;
    }

    @Override
    public boolean exists(Class<?> view, RouteParameters parameters) {
        try {
            // The same use case the page reads, so that the status and the page never disagree.
            handling.page(parameters.get("reference").orElse(""));
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }
}
