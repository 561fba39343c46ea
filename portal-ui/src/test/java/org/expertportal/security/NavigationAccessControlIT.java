package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The navigation access control Vaadin uses is the portal's, switched on, with the login view set: the one that
 * reads roles from the request instead of a class-path lookup per check. What it allows is {@code ViewAccessIT}'s.
 */
@SpringBootTest
@ActiveProfiles("test")
class NavigationAccessControlIT {

    @Autowired
    NavigationAccessControl access;

    @Test
    void the_access_control_in_use_is_the_portals_and_it_is_on() {
        assertThat(access).isInstanceOf(PortalNavigationAccessControl.class);
        assertThat(access.isEnabled()).isTrue();
    }
}
