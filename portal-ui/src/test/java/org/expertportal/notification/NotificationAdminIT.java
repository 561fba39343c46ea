package org.expertportal.notification;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import org.expertportal.account.AccountService;
import org.expertportal.notification.SentMailArchive.CapturedMail;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator checks the mail settings: the test email goes through the outbox to the
 * embedded server (as in the demo), appears as sent, and can be read at /admin/mail.
 */
class NotificationAdminIT extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrators_test_email_is_sent_listed_and_readable_in_the_captured_mail() {
        signIn("admin@demo.test");
        long adminId = accountService.currentAccount().orElseThrow().id();
        UI.getCurrent().navigate("admin/notifications");
        _click(_get(Button.class, spec -> spec.withId("send-test")));

        Grid<OutboxEntry> outbox = _get(Grid.class, spec -> spec.withId("outbox"));
        _get(Select.class, spec -> spec.withId("filter-type")).setValue(AlertType.TEST_ALERT);
        // The use cases read the signed-in user from this thread.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.getDataProvider().refreshAll();
            return _size(outbox) > 0 && _get(outbox, 0).status() == OutboxStatus.SENT;
        });
        OutboxEntry newest = _get(outbox, 0);
        assertThat(newest.type()).isEqualTo(AlertType.TEST_ALERT);
        assertThat(newest.recipientAccountId()).isEqualTo(adminId);
        assertThat(newest.subject()).isEqualTo("Test email from the Expert Report Portal");

        UI.getCurrent().navigate("admin/mail");
        Grid<CapturedMail> captured = _get(Grid.class, spec -> spec.withId("captured-mail"));
        assertThat(_size(captured)).isPositive();
        CapturedMail latest = _get(captured, 0);
        assertThat(latest.to()).isEqualTo("admin@demo.test");
        assertThat(latest.subject()).isEqualTo("Test email from the Expert Report Portal");
        captured.select(latest);
        assertThat(_get(Pre.class, spec -> spec.withId("captured-text")).getText())
                .contains("If you can read it, the portal’s mail settings work.")
                .contains("/admin/notifications");
    }
}
