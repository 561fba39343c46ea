package org.expertportal.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator fills in to create or change an expert. Field names are the keys of
 * {@link org.expertportal.shared.InvalidInputException#fieldErrors()}.
 *
 * @param slug may be blank: it is then made from the name
 * @param cv the structured CV, one entry per line, by section
 * @param inviteEmail where consultation invites for the expert go; may be blank
 */
public record ExpertDraft(
        String name,
        String slug,
        String title,
        String bio,
        Integer yearsOfExperience,
        Integer reportsWritten,
        FeeBasis feeBasis,
        Availability availability,
        LocalDate unavailableUntil,
        Set<String> countryIsoCodes,
        Set<String> themeKeys,
        Set<String> languageCodes,
        String conflictNotes,
        Map<CvSection, List<String>> cv,
        String inviteEmail) {

    /** A draft without an address for invites. */
    public ExpertDraft(String name, String slug, String title, String bio, Integer yearsOfExperience,
            Integer reportsWritten, FeeBasis feeBasis, Availability availability, LocalDate unavailableUntil,
            Set<String> countryIsoCodes, Set<String> themeKeys, Set<String> languageCodes, String conflictNotes,
            Map<CvSection, List<String>> cv) {
        this(name, slug, title, bio, yearsOfExperience, reportsWritten, feeBasis, availability, unavailableUntil,
                countryIsoCodes, themeKeys, languageCodes, conflictNotes, cv, null);
    }

    public ExpertDraft {
        countryIsoCodes = countryIsoCodes == null ? Set.of() : Set.copyOf(countryIsoCodes);
        themeKeys = themeKeys == null ? Set.of() : Set.copyOf(themeKeys);
        languageCodes = languageCodes == null ? Set.of() : Set.copyOf(languageCodes);
        cv = cv == null ? Map.of() : Map.copyOf(cv);
    }
}
