package org.expertportal.notification;

import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfiguration {

    /**
     * Jakarta Mail waits forever by default. Every mail sender gets connect, read and write
     * timeouts ({@code portal.mail.timeout}) unless {@code spring.mail.properties} sets its own.
     */
    @Bean
    static BeanPostProcessor mailTimeouts(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    Duration timeout = environment.getProperty("portal.mail.timeout", Duration.class, Duration.ofSeconds(10));
                    Properties properties = sender.getJavaMailProperties();
                    for (String protocol : new String[] {"smtp", "smtps"}) {
                        for (String name : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
                            properties.putIfAbsent("mail." + protocol + "." + name, String.valueOf(timeout.toMillis()));
                        }
                    }
                }
                return bean;
            }
        };
    }
}
