package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.expertportal.locale.DateTimeTexts;

/**
 * Choosing a time zone as people think of it: by city and country in their language ("London,
 * United Kingdom", "Алматы, Казахстан"), found by typing either the city or the zone id. The
 * value stays the IANA id (Europe/London); UTC is offered as Etc/UTC, and only region zones are
 * offered, so every time shown can name its city.
 */
public class ZoneField extends ComboBox<String> {

    public static final String UTC = "Etc/UTC";

    private static final Set<String> AREAS =
            Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    public ZoneField() {
        setAllowCustomValue(false);
        Locale locale = UI.getCurrent() == null ? Locale.UK : UI.getCurrent().getLocale();
        setItems((id, filter) -> Texts.matches(label(id, locale), id, filter),
                zoneIds().stream().sorted(Comparator.comparing(id -> label(id, locale))).toList());
        setItemLabelGenerator(id -> label(id, locale));
    }

    public ZoneField(String label) {
        this();
        setLabel(label);
    }

    /** Every zone the portal offers: region zones and UTC. */
    public static List<String> zoneIds() {
        return Stream.concat(Stream.of(UTC), ZoneId.getAvailableZoneIds().stream()
                        .filter(id -> id.indexOf('/') > 0 && AREAS.contains(id.substring(0, id.indexOf('/')))))
                .toList();
    }


    private static String label(String id, Locale locale) {
        return DateTimeTexts.zoneLabel(ZoneId.of(id), locale);
    }

}
