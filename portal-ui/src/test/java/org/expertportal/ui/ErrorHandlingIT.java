package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.expertportal.shared.DomainException;
import org.junit.jupiter.api.Test;

/** What a person sees when something fails after the page is shown: the session's error handler. */
class ErrorHandlingIT extends KaribuTest {

    @Test
    void every_session_gets_the_portals_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(PortalErrorHandler.class);
    }

    @Test
    void a_refusal_is_shown_as_an_error_in_the_persons_language() {
        useLanguage(Locale.forLanguageTag("ru"));

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new DomainException("document.unavailable")));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(shown -> {
            assertThat(text(shown)).isEqualTo("Этот документ сейчас недоступен. Сотрудники уже уведомлены.");
            assertThat(shown.getElement().getThemeList()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
        });
    }

    @Test
    void an_unexpected_failure_shows_one_general_sentence_and_none_of_its_details() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("duplicate key jane.doe@example.test")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(shown -> assertThat(text(shown))
                        .isEqualTo("Something went wrong on our side. Please try again; if it happens again, contact us.")
                        .doesNotContain("jane.doe"));
    }

    @Test
    void the_log_of_an_unexpected_failure_names_its_type_and_place_but_not_its_message() {
        var failure = new IllegalStateException("jane.doe@example.test",
                new IllegalArgumentException("Jane Doe, born 1990"));

        String logged = PortalErrorHandler.withoutMessages(failure);

        assertThat(logged).contains(IllegalStateException.class.getName(), IllegalArgumentException.class.getName(),
                ErrorHandlingIT.class.getName()).doesNotContain("jane.doe", "Jane Doe");
    }

    private static String text(Notification shown) {
        return shown.getElement().getProperty("text");
    }
}
