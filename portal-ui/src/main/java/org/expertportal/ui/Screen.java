package org.expertportal.ui;

import com.vaadin.flow.component.UI;

/**
 * How wide the browser's window was when the page started (Vaadin's extended client details), for views that
 * would otherwise build a table for wide screens and cards for phones and let the stylesheet hide one: each
 * costs server memory for as long as the page is open, and its data is read twice (issue #18).
 */
public enum Screen {
    WIDE,
    NARROW,
    /** Not reported (tests without a browser): build both, the stylesheet chooses. */
    UNKNOWN;

    /** Where the stylesheet switches from phone to wide layouts: {@code min-width: 50.0625em} at 16 px. */
    static final int WIDE_FROM_PIXELS = 801;

    public static Screen atStart() {
        UI ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getWindowInnerWidth() <= 0) {
            return UNKNOWN;
        }
        return details.getWindowInnerWidth() >= WIDE_FROM_PIXELS ? WIDE : NARROW;
    }

    public boolean mayBeWide() {
        return this != NARROW;
    }

    public boolean mayBeNarrow() {
        return this != WIDE;
    }
}
