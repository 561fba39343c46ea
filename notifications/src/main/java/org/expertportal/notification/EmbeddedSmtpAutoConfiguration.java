package org.expertportal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo profile's mail: an in-process SMTP server (GreenMail) on a free local port receives
 * everything, and a copy of each mail lands under {@code PORTAL_DATA_DIR/mail/} for
 * {@code /admin/mail}. Runs before Boot's mail configuration, which then backs off. GreenMail is
 * not in the production jar, so there this never applies.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnBooleanProperty("portal.mail.embedded-server")
public class EmbeddedSmtpAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpAutoConfiguration.class);

    /**
     * GreenMail logs every new recipient's address at INFO ("Created user login ... for address
     * ...") and a few addresses in warnings; the portal's logs carry none (docs/adr/004). Its
     * errors (a port taken, a broken session) name no address and stay visible.
     */
    static final String GREENMAIL_LOGGER = "com.icegreen.greenmail";

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer() {
        LoggingSystem.get(EmbeddedSmtpAutoConfiguration.class.getClassLoader())
                .setLogLevel(GREENMAIL_LOGGER, LogLevel.ERROR);
        var setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        // GreenMail waits 2 s for its thread by default: too short on a loaded machine.
        setup.setServerStartupTimeout(30_000);
        var server = new GreenMail(setup);
        server.start();
        log.info("Embedded SMTP server (demo) listening on 127.0.0.1:{}", server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedSmtpServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    SentMailArchive sentMailArchive(@Value("${portal.data-dir:./data}") Path dataDir) {
        return new SentMailArchive(dataDir.resolve("mail"));
    }
}
