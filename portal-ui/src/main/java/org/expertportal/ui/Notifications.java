package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.expertportal.shared.DomainException;

/**
 * The portal's short messages over the page, in the language of the current UI: one look for
 * "done" and one for "refused", so that views only say which text to show. Each method returns the
 * notification, for the rare caller that gives it an id or another position.
 */
public final class Notifications {

    static final int SUCCESS_MILLIS = 5000;
    static final int ERROR_MILLIS = 8000;
    static final int INFO_MILLIS = 4000;

    private Notifications() {}

    /** Something the person asked for was done. */
    public static Notification success(String key, Object... arguments) {
        return show(text(key, arguments), SUCCESS_MILLIS, Notification.Position.TOP_CENTER,
                NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the person asked for was not done; the text says why. */
    public static Notification error(String key, Object... arguments) {
        return show(text(key, arguments), ERROR_MILLIS, Notification.Position.TOP_CENTER,
                NotificationVariant.LUMO_ERROR);
    }

    /** A use case's refusal, in the person's language. */
    public static Notification error(DomainException refused) {
        return error(refused.messageKey(), refused.arguments());
    }

    /** A quiet remark at the bottom of the page, such as "now following". */
    public static Notification info(String key, Object... arguments) {
        return show(text(key, arguments), INFO_MILLIS, Notification.Position.BOTTOM_START, null);
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static Notification show(String text, int millis, Notification.Position position,
            NotificationVariant variant) {
        Notification shown = Notification.show(text, millis, position);
        if (variant != null) {
            shown.addThemeVariants(variant);
        }
        return shown;
    }
}
