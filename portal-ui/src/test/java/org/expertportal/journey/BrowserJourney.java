package org.expertportal.journey;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser journey: the whole portal on a random port (the same cached Spring context as every
 * other {@code RANDOM_PORT} test of the "test" profile) and a real Chromium per test method. A test
 * (or its {@code @BeforeEach} method) asks for a {@link Journey} as a parameter; the browser opens on
 * first use, in the {@link Browser.Context} that {@link Where} names (desktop, en-GB, London, by
 * default), and closes after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
@interface BrowserJourney {}
