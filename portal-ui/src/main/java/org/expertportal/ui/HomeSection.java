package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.expertportal.identity.Role;

/**
 * A part of the home page that a feature's screens contribute for one role, such as the client's
 * case dashboard (in the tracking screens). The home page finds them as beans, so that the shell
 * never depends on a feature's screens; the feature implements this next to its views. A section
 * with nothing to show says so by being empty, so that the page can tell when no section has
 * anything (and only then shows what the sections say for that case, such as "Nothing needs you").
 */
public interface HomeSection {

    /** Whether the section belongs on the home page of a person with this role. */
    boolean isFor(Role role);

    /**
     * The section as it stands now, built for the person signed in, on every visit to the home page;
     * empty when it has nothing to show.
     */
    Optional<Component> create();

    /**
     * What the section says when no section on the page has anything to show (asked only then), if
     * anything: one sentence for the whole page rather than one per section.
     */
    default Optional<Component> whenAllEmpty() {
        return Optional.empty();
    }
}
