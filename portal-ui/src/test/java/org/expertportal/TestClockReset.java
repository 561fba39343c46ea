package org.expertportal;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After every test method, and again after every test class, the context's {@link TestClock} goes
 * back to the system clock: a test that set it cannot leak its time into the next test that shares
 * the cached context. Registered for all tests in {@code META-INF/spring.factories}.
 */
public class TestClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        reset(testContext);
    }

    private static void reset(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
