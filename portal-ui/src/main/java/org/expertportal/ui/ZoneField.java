package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /**
     * Each language's labels and order, computed once and shared by every field and session: about 430 zones, each
     * label a lookup in the locale data; sorted per field they cost more than the rest of the page (issue #18).
     */
    private static final Map<Locale, Labels> BY_LOCALE = new ConcurrentHashMap<>();

    /** More locales than this are labelled per field rather than kept (browsers can name any locale). */
    private static final int MOST_LOCALES_KEPT = 32;

    private record Labels(Map<String, String> byId, List<String> sortedIds) {

        static Labels of(Locale locale) {
            Map<String, String> byId = zoneIds().stream()
                    .collect(Collectors.toUnmodifiableMap(Function.identity(), id -> label(id, locale)));
            return new Labels(byId, zoneIds().stream().sorted(Comparator.comparing(byId::get)).toList());
        }
    }

    public ZoneField() {
        setAllowCustomValue(false);
        Locale locale = UI.getCurrent() == null ? Locale.UK : UI.getCurrent().getLocale();
        Labels labels = labels(locale);
        setItems((id, filter) -> Texts.matches(labels.byId().get(id), id, filter), labels.sortedIds());
        setItemLabelGenerator(labels.byId()::get);
    }

    private static Labels labels(Locale locale) {
        Labels known = BY_LOCALE.get(locale);
        if (known != null) {
            return known;
        }
        return BY_LOCALE.size() < MOST_LOCALES_KEPT ? BY_LOCALE.computeIfAbsent(locale, Labels::of) : Labels.of(locale);
    }

    public ZoneField(String label) {
        this();
        setLabel(label);
    }

    private static final List<String> ZONE_IDS = Stream.concat(Stream.of(UTC), ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.indexOf('/') > 0 && AREAS.contains(id.substring(0, id.indexOf('/')))))
            .toList();

    /** Every zone the portal offers: region zones and UTC. */
    public static List<String> zoneIds() {
        return ZONE_IDS;
    }


    private static String label(String id, Locale locale) {
        return DateTimeTexts.zoneLabel(ZoneId.of(id), locale);
    }

}
