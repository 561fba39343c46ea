package org.expertportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.util.List;
import org.expertportal.document.DocumentCopyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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

    /** The domain reads time only through this clock, so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
