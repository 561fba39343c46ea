package org.expertportal.sample;

import org.springframework.data.repository.Repository;

interface SampleReportJpaRepository extends Repository<SampleReport, Long>, SampleReportRepository {}
