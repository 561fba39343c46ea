package org.expertportal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Every portal test context reads time from one {@link TestClock} instead of the system clock of
 * {@link PortalApplication}. A plain {@code @Configuration} (not {@code @TestConfiguration}) on
 * purpose: component scanning finds it for every {@code @SpringBootTest}, so all test classes keep
 * one cache key and share their contexts.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
