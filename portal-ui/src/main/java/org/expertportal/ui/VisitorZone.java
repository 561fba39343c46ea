package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone to show someone times in: their account's, else their browser's, else the portal's
 * default (Europe/London).
 */
public final class VisitorZone {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/London");

    private VisitorZone() {}

    public static ZoneId of(Optional<ZoneId> accountZone) {
        return accountZone.or(VisitorZone::browser).orElse(DEFAULT);
    }

    /** What the browser reported at start-up, when it did. */
    public static Optional<ZoneId> browser() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        var details = ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(details.getTimeZoneId()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
