package org.expertportal.sample;

import jakarta.inject.Named;
import java.util.Optional;

/**
 * Sample reports by id, for the use cases of other features (staff share a sample with a client
 * from the request workbench). It checks nothing: the calling use case has already checked who may
 * do it. The sample tables stay private to this feature.
 */
@Named
public class SampleLookup {

    private final SampleReportRepository samples;

    public SampleLookup(SampleReportRepository samples) {
        this.samples = samples;
    }

    public Optional<SampleReport> findById(Long sampleId) {
        return samples.findById(sampleId);
    }
}
