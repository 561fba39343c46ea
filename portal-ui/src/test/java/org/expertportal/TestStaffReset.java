package org.expertportal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After every test class, the staff and admin accounts that class created are disabled; the demo
 * accounts stay. Every new request alerts every enabled staff account, so staff left enabled by one
 * class would multiply the mail of every later class, and a test waiting for its own mail would
 * wait behind thousands of alerts to test staff. Registered for all tests in
 * {@code META-INF/spring.factories}.
 */
public class TestStaffReset implements TestExecutionListener {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(JdbcTemplate.class).ifAvailable(jdbc -> jdbc.update(
                    "update account set enabled = false where role in ('STAFF', 'ADMIN') and enabled"
                            + " and email not like '%@demo.test'"));
        }
    }
}
