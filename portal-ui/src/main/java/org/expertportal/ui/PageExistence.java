package org.expertportal.ui;

import com.vaadin.flow.router.RouteParameters;

/**
 * Whether the page a route names exists for the person asking, answered before the page is sent,
 * so that the first load of an unknown country, expert or request (or another client's request)
 * answers HTTP 404 like the view itself does (see {@link InitialLoadStatusFilter}, docs/adr/026).
 * Each view that ends on {@link NotFoundView} for an unknown slug or reference has one, next to it,
 * asking the same use case the view asks.
 */
public interface PageExistence {

    /** Whether this check answers for the view at the route. */
    boolean answersFor(Class<?> view);

    /** Whether the view would show a page for these route parameters, for the person signed in now. */
    boolean exists(Class<?> view, RouteParameters parameters);
}
