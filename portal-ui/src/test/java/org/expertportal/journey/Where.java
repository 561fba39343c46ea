package org.expertportal.journey;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the person of a {@link BrowserJourney} uses the portal: on a test method, or on the class
 * for all its tests. Without it, {@link Browser.Context#DESKTOP_GB}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface Where {
    Browser.Context value();
}
