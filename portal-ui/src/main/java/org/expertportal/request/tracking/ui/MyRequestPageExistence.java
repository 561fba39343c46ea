package org.expertportal.request.tracking.ui;

import com.vaadin.flow.router.RouteParameters;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.PageExistence;
import org.springframework.stereotype.Component;

/**
 * The client's request page exists for the person asking when the use case the page uses gives it
 * to them: their own (or their organisation's) requests only, so that another client's reference is
 * "not found" exactly like an unknown one (docs/adr/026).
 */
@Component
class MyRequestPageExistence implements PageExistence {

    private final RequestTrackingService tracking;

    MyRequestPageExistence(RequestTrackingService tracking) {
        this.tracking = tracking;
    }

    @Override
    public boolean answersFor(Class<?> view) {
        return view == MyRequestView.class;
    }

    @Override
    public boolean exists(Class<?> view, RouteParameters parameters) {
        try {
            // The same use case the page reads, so that the status and the page never disagree.
            tracking.page(parameters.get("reference").orElse(""));
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }
}
