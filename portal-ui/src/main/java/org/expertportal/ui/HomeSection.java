package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import org.expertportal.identity.Role;

/**
 * A part of the home page that a feature's screens contribute for one role, such as the client's
 * case dashboard (in the tracking screens). The home page finds them as beans, so that the shell
 * never depends on a feature's screens; the feature implements this next to its views.
 */
public interface HomeSection {

    /** Whether the section belongs on the home page of a person with this role. */
    boolean isFor(Role role);

    /** The section as it stands now, built for the person signed in, on every visit to the home page. */
    Component create();
}
