package org.expertportal.country;

import org.springframework.data.repository.Repository;

interface ThemeJpaRepository extends Repository<Theme, String>, ThemeRepository {}
