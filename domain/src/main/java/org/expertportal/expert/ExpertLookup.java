package org.expertportal.expert;

import jakarta.inject.Named;
import java.util.Optional;

/**
 * Experts and their current CV by id, for the use cases of other features (the request workbench
 * assigns experts and shares their CVs). It checks nothing: the calling use case has already
 * checked who may do it. The expert tables stay private to this feature.
 */
@Named
public class ExpertLookup {

    private final ExpertRepository experts;
    private final ExpertCvVersionRepository cvVersions;

    public ExpertLookup(ExpertRepository experts, ExpertCvVersionRepository cvVersions) {
        this.experts = experts;
        this.cvVersions = cvVersions;
    }

    public Optional<Expert> findById(Long expertId) {
        return experts.findById(expertId);
    }

    /** An expert the public directory shows, by the name in their profile's address ({@code /experts/<slug>}). */
    public Optional<Expert> findPublicBySlug(String slug) {
        return experts.findBySlug(slug).filter(Expert::isActive);
    }

    /** The expert's newest CV version, if one was ever uploaded. */
    public Optional<ExpertCvVersion> currentCv(long expertId) {
        return cvVersions.findFirstByExpertIdOrderByVersionNumberDesc(expertId);
    }
}
