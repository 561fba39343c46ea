package org.expertportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.util.List;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.expertportal.document.DocumentCopyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The portal. It sits in the root package so that component scanning finds the domain's use
 * cases, the persistence module's repositories and the notification module's senders.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (List.of(args).contains(DocumentCopyCommand.SWITCH)) {
            // A one-off command with the portal's configuration, not the portal (docs/adr/043).
            System.exit(DocumentCopyCommand.run(args));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * Each HTTP request on a virtual thread of its own (docs/adr/049): the processors run one request
     * until it waits (for the database, a lock, the network) instead of slicing their time among
     * Tomcat's 200 threads. Under the full load run that took the median navigation from 1.6 s to 83 ms
     * and the sign-ins waiting for a password hash from 14 s to 1.3 s. Only the requests: the
     * scheduled jobs keep their own threads.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestsOnVirtualThreads() {
        return factory -> factory.addProtocolHandlerCustomizers(
                handler -> handler.setExecutor(new VirtualThreadExecutor("portal-request-")));
    }

    /** The domain reads time only through this clock, so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
