package org.expertportal.journey;

import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each test method of a {@link BrowserJourney} its {@link Journey} (the same one to its
 * {@code @BeforeEach} methods and to the test), and closes the browser after the test, after the
 * test's own {@code @AfterEach} methods.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Journey.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A journey belongs to one test method: ask for it in the test "
                    + "or in a @BeforeEach method, not in " + parameter.getDeclaringExecutable());
        }
        return context.getStore(NAMESPACE).computeIfAbsent(Journey.class, key -> start(context), Journey.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Journey journey = context.getStore(NAMESPACE).remove(Journey.class, Journey.class);
        if (journey != null) {
            journey.close();
        }
    }

    private static Journey start(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Browser.Context where = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), Where.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Where.class))
                .map(Where::value)
                .orElse(Browser.Context.DESKTOP_GB);
        // The application's clock: the one the portal checks second-factor codes against.
        return new Journey("http://localhost:" + port, application.getBean(JdbcTemplate.class),
                application.getBean(Clock.class), where);
    }
}
