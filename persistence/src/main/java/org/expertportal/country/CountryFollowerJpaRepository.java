package org.expertportal.country;

import org.springframework.data.repository.Repository;

interface CountryFollowerJpaRepository extends Repository<CountryFollower, CountryFollower.Key>,
        CountryFollowerRepository {}
