package org.expertportal.sample;

import java.util.List;
import java.util.Optional;

/** Port: sample reports. */
public interface SampleReportRepository {

    SampleReport save(SampleReport sample);

    Optional<SampleReport> findById(Long id);

    List<SampleReport> findAllByOrderByPublishedAtDesc();

    List<SampleReport> findByCountryIsoCodeAndRetiredAtIsNullOrderByYearDescTitleAsc(String isoCode);
}
