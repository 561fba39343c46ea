package org.expertportal.country.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A region or theme filter with an "all" choice (the empty key first), translated from the keys.
 * Used by the country list and the search page, so that both filter the same way. A combo box
 * rather than a select: its choices reach the browser when it opens, where a select sends every
 * choice as components with each page (16 KB of the country list's 40, docs/adr/044).
 */
public class CoverageSelect extends ComboBox<String> {

    public static final String ALL = "";

    private final List<String> keys;

    private CoverageSelect(List<String> keys, String labelKey, String allKey, String itemPrefix) {
        this.keys = List.copyOf(keys);
        List<String> items = new ArrayList<>(List.of(ALL));
        items.addAll(keys);
        setLabel(getTranslation(labelKey));
        setItems(items);
        setItemLabelGenerator(key -> key.isEmpty() ? getTranslation(allKey) : getTranslation(itemPrefix + key));
        setValue(ALL);
    }

    public static CoverageSelect regions(List<String> regionKeys) {
        return new CoverageSelect(regionKeys, "countries.filter.region", "countries.filter.all-regions", "region.");
    }

    public static CoverageSelect themes(List<String> themeKeys) {
        return new CoverageSelect(themeKeys, "countries.filter.theme", "countries.filter.all-themes", "theme.");
    }

    /** Shows {@code key} when it is one of the choices, "all" otherwise (an unknown key in a URL). */
    public void select(String key) {
        setValue(keys.contains(key) ? key : ALL);
    }

    /** The chosen key, or empty for "all". */
    public Optional<String> chosen() {
        return getValue() == null || getValue().isEmpty() ? Optional.empty() : Optional.of(getValue());
    }
}
