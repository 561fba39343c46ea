package org.expertportal.expert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import org.expertportal.expert.Availability;
import org.expertportal.expert.ExpertCard;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.ui.Texts;

/** The lines that describe an expert the same way on the directory and the profile. */
final class ExpertFacts {

    private ExpertFacts() {}

    static String availability(Component on, ExpertCard expert) {
        if (expert.availability() == Availability.UNAVAILABLE && expert.unavailableUntil().isPresent()) {
            return on.getTranslation("expert.availability.unavailable-until",
                    DateTimeTexts.date(expert.unavailableUntil().get(), UI.getCurrent().getLocale()));
        }
        return on.getTranslation(expert.availability().nameKey());
    }

    static Paragraph experience(Component on, ExpertCard expert) {
        var facts = new Paragraph(on.getTranslation("expert.facts", expert.yearsOfExperience(), expert.reportsWritten(),
                on.getTranslation(expert.feeBasis().nameKey()), availability(on, expert)));
        facts.addClassName("portal-muted");
        return facts;
    }

    static Paragraph countries(Component on, ExpertCard expert) {
        return new Paragraph(on.getTranslation("expert.countries", expert.countryIsoCodes().stream()
                .map(iso -> on.getTranslation("country." + iso))
                .collect(Collectors.joining(", "))));
    }

    static Paragraph themes(Component on, ExpertCard expert) {
        return new Paragraph(on.getTranslation("expert.themes", expert.themeKeys().stream()
                .map(key -> on.getTranslation("theme." + key))
                .collect(Collectors.joining(", "))));
    }

    static Paragraph languages(Component on, ExpertCard expert) {
        Locale locale = UI.getCurrent().getLocale();
        return new Paragraph(on.getTranslation("expert.languages", Texts.languageNames(expert.languageCodes(), locale)));
    }
}
