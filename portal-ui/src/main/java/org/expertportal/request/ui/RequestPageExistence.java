package org.expertportal.request.ui;

import com.vaadin.flow.router.RouteParameters;
import org.expertportal.request.RequestHandlingService;
import org.expertportal.request.RequestTrackingService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.PageExistence;
import org.springframework.stereotype.Component;

/**
 * A request's page exists for the person asking when the use case the page uses gives it to them:
 * the client's page for their own (or their organisation's) requests only, so that another client's
 * reference is "not found" exactly like an unknown one (docs/adr/026).
 */
@Component
class RequestPageExistence implements PageExistence {

    private final RequestTrackingService tracking;
    private final RequestHandlingService handling;

    RequestPageExistence(RequestTrackingService tracking, RequestHandlingService handling) {
        this.tracking = tracking;
        this.handling = handling;
    }

    @Override
    public boolean answersFor(Class<?> view) {
        return view == MyRequestView.class || view == StaffRequestView.class;
    }

    @Override
    public boolean exists(Class<?> view, RouteParameters parameters) {
        String reference = parameters.get("reference").orElse("");
        try {
            // The same use cases the pages read, so that the status and the page never disagree.
            if (view == MyRequestView.class) {
                tracking.page(reference);
            } else {
                handling.page(reference);
            }
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }
}
