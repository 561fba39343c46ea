package org.expertportal.expert;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full public profile: the card, the structured CV by section, and the number of the current
 * PDF CV version if there is one. No internal notes.
 */
public record ExpertProfile(ExpertCard card, Map<CvSection, List<String>> cv, Optional<Integer> currentCvVersion) {

    static ExpertProfile of(Expert expert, Optional<Integer> currentCvVersion) {
        Map<CvSection, List<String>> cv = new EnumMap<>(CvSection.class);
        for (CvSection section : CvSection.values()) {
            List<String> lines = expert.getCvEntries().stream()
                    .filter(entry -> entry.getSection() == section)
                    .map(CvEntry::getText)
                    .toList();
            if (!lines.isEmpty()) {
                cv.put(section, lines);
            }
        }
        return new ExpertProfile(ExpertCard.of(expert), cv, currentCvVersion);
    }
}
