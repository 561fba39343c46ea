package org.expertportal.request.servicelevel.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Plain HTML bars and number formats for the service-level pages; no chart component needed. */
final class ServiceLevelParts {

    private ServiceLevelParts() {}

    /** A labelled horizontal bar, {@code value} out of {@code max}, with the value written after it. */
    static Div bar(String label, double value, double max, String shown) {
        var row = new Div();
        row.addClassName("portal-bar-row");
        var name = new Span(label);
        name.addClassName("portal-bar-label");
        var track = new Div();
        track.addClassName("portal-bar-track");
        var fill = new Div();
        fill.addClassName("portal-bar");
        double share = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        fill.setWidth(String.format(Locale.ROOT, "%.1f%%", share * 100));
        track.add(fill);
        row.add(name, track, new Span(shown));
        return row;
    }

    static String minutes(Optional<Double> value, Locale locale) {
        return value.map(minutes -> NumberFormat.getIntegerInstance(locale).format(Math.round(minutes))).orElse("—");
    }

    static String percent(Optional<Double> share, Locale locale) {
        return share.map(value -> NumberFormat.getPercentInstance(locale).format(value)).orElse("—");
    }

    /** Minutes as whole days, for the time from request to delivery. */
    static String days(Optional<Double> minutes, Locale locale) {
        return minutes.map(value -> NumberFormat.getNumberInstance(locale).format(Math.round(value / 144.0) / 10.0))
                .orElse("—");
    }
}
