package org.expertportal.request.workbench;

import java.time.LocalDate;
import java.util.Comparator;
import org.expertportal.expert.Availability;
import org.expertportal.expert.ExpertCard;
import org.expertportal.request.ReportRequest;

/**
 * An active expert as a candidate for one request: whether they cover its country, how many of
 * its themes, whether they take cases now, and whether the client asked about them (a short request
 * from the expert's profile, docs/adr/039).
 */
public record ExpertMatch(ExpertCard expert, boolean coversCountry, int themesMatched, int themesWanted,
        boolean availableNow, boolean askedFor) {

    /**
     * The expert the client asked about first, then matching experts (country, then available now,
     * then most themes), then those taking fewer cases, then by name.
     */
    static final Comparator<ExpertMatch> BEST_FIRST = Comparator
            .comparing(ExpertMatch::askedFor).reversed()
            .thenComparing(Comparator.comparing(ExpertMatch::coversCountry).reversed())
            .thenComparing(Comparator.comparing(ExpertMatch::availableNow).reversed())
            .thenComparing(Comparator.comparingInt(ExpertMatch::themesMatched).reversed())
            .thenComparing(match -> match.expert().availability())
            .thenComparing(match -> match.expert().name());

    static ExpertMatch of(ExpertCard expert, ReportRequest request, LocalDate today) {
        int matched = (int) request.getThemeKeys().stream().filter(expert.themeKeys()::contains).count();
        boolean available = expert.availability() != Availability.UNAVAILABLE
                || expert.unavailableUntil().filter(until -> !until.isAfter(today)).isPresent();
        // A short request may name no country (docs/adr/039): then no expert "covers" it.
        boolean covers = request.getCountryCode() != null && expert.countryIsoCodes().contains(request.getCountryCode());
        return new ExpertMatch(expert, covers, matched,
                request.getThemeKeys().size(), available,
                request.getRequestedExpertId().filter(id -> id == expert.id()).isPresent());
    }

    /** Covers the country and every theme, and takes cases now. */
    public boolean matching() {
        return coversCountry && availableNow && themesMatched == themesWanted;
    }
}
