package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    @Test
    void a_session_older_than_twelve_hours_is_ended_and_the_request_goes_on_without_it() throws Exception {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        Clock thirteenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime())
                .plus(Duration.ofHours(13)), ZoneOffset.UTC);
        var chain = new MockFilterChain();

        new SessionLifetimeFilter(thirteenHoursLater).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void a_younger_session_is_left_alone() throws Exception {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        Clock elevenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime())
                .plus(Duration.ofHours(11)), ZoneOffset.UTC);

        new SessionLifetimeFilter(elevenHoursLater).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
    }
}
