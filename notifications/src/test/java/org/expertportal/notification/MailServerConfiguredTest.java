package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Alerts wait in the outbox unless there is a mail server to send them to (docs/adr/054). */
class MailServerConfiguredTest {

    @Test
    void no_sender_is_no_mail_server() {
        assertThat(OutboxDispatcher.configured(null)).isFalse();
    }

    @Test
    void a_sender_without_a_host_is_no_mail_server() {
        assertThat(OutboxDispatcher.configured(new JavaMailSenderImpl())).isFalse();
        var blank = new JavaMailSenderImpl();
        blank.setHost(" ");
        assertThat(OutboxDispatcher.configured(blank)).isFalse();
    }

    @Test
    void a_sender_with_a_host_is_one() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("mail.example.org");
        assertThat(OutboxDispatcher.configured(sender)).isTrue();
    }
}
