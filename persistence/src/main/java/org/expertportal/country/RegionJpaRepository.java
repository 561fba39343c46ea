package org.expertportal.country;

import org.springframework.data.repository.Repository;

interface RegionJpaRepository extends Repository<Region, String>, RegionRepository {}
