package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import org.expertportal.request.intake.IntakeChoices;
import org.expertportal.ui.Texts;

/** The fields both request forms ask alike: the country list and the honeypot. */
final class IntakeFields {

    private IntakeFields() {}

    /** The countries by their names in the page's language; whether one is required is the form's to say. */
    static void countries(ComboBox<IntakeChoices.CountryChoice> country, IntakeChoices choices, Component page) {
        country.setLabel(page.getTranslation("request.field.country"));
        country.setId("country");
        country.setItems(choices.countries().stream()
                .sorted(Comparator.comparing(c -> page.getTranslation(Texts.countryKey(c.isoCode()))))
                .toList());
        country.setItemLabelGenerator(c -> page.getTranslation(Texts.countryKey(c.isoCode())));
    }

    /** A field people never see or reach; bots fill in every field, and a filled one is refused. */
    static void honeypot(TextField website, Component page) {
        website.setLabel(page.getTranslation("request.field.website"));
        website.setId("website");
        website.addClassName("portal-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(Autocomplete.OFF);
    }
}
