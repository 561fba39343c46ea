package org.expertportal.request.intake;

import java.util.List;
import java.util.Optional;

/** What the public form offers: the covered countries (code and slug), the themes, the languages. */
public record IntakeChoices(List<CountryChoice> countries, List<String> themeKeys, List<String> languages) {

    /** A covered country; the slug is how links such as {@code /request?country=iran} name it. */
    public record CountryChoice(String isoCode, String slug) {}

    public Optional<CountryChoice> bySlug(String slug) {
        return countries.stream().filter(country -> country.slug().equals(slug)).findFirst();
    }
}
