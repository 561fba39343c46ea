package org.expertportal.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the public directory shows of an expert. Internal notes are not part of it, so no view can
 * show them by mistake. Countries are ISO codes, themes keys, languages ISO 639 codes.
 */
public record ExpertCard(
        long id,
        String slug,
        String name,
        String title,
        String bio,
        List<String> countryIsoCodes,
        List<String> themeKeys,
        List<String> languageCodes,
        int yearsOfExperience,
        int reportsWritten,
        FeeBasis feeBasis,
        Availability availability,
        Optional<LocalDate> unavailableUntil,
        boolean active) {

    static ExpertCard of(Expert expert) {
        return new ExpertCard(
                expert.getId(),
                expert.getSlug(),
                expert.getName(),
                expert.getTitle(),
                expert.getBio(),
                expert.getCountries().stream().map(country -> country.getIsoCode()).toList(),
                expert.getThemes().stream().map(theme -> theme.getKey()).toList(),
                expert.getLanguages(),
                expert.getYearsOfExperience(),
                expert.getReportsWritten(),
                expert.getFeeBasis(),
                expert.getAvailability(),
                expert.getUnavailableUntil(),
                expert.isActive());
    }
}
