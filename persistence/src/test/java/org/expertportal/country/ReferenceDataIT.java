package org.expertportal.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Liquibase loads the coverage promised in the organisation's public material. */
@SpringBootTest
@Transactional
class ReferenceDataIT {

    @Autowired
    CountryRepository countries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_fresh_database_has_7_regions_58_countries_and_17_themes() {
        assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(7);
        assertThat(countries.count()).isEqualTo(58);
        assertThat(jdbc.queryForObject("select count(*) from theme", Long.class)).isEqualTo(17);
    }

    @Test
    void every_country_has_a_region_and_at_least_one_theme() {
        List<Country> all = countries.findAllWithRegion();
        assertThat(all).allSatisfy(country -> {
            assertThat(country.getRegion()).isNotNull();
            assertThat(country.getThemes()).isNotEmpty();
        });
    }

    @Test
    void mongolia_is_in_east_asia_with_its_four_themes() {
        Country mongolia = countries.findAllWithRegion().stream()
                .filter(country -> country.getSlug().equals("mongolia"))
                .findFirst()
                .orElseThrow();
        assertThat(mongolia.getIsoCode()).isEqualTo("MN");
        assertThat(mongolia.getRegion().getKey()).isEqualTo("east-asia");
        assertThat(mongolia.getThemes())
                .extracting(Theme::getKey)
                .containsExactlyInAnyOrder(
                        "political-persecution", "protest-crackdowns", "corruption", "freedom-of-expression");
    }

    @Test
    void regions_hold_the_published_number_of_countries() {
        Map<String, Long> perRegion = countries.findAllWithRegion().stream()
                .collect(Collectors.groupingBy(c -> c.getRegion().getKey(), Collectors.counting()));
        assertThat(perRegion)
                .containsEntry("east-africa", 8L)
                .containsEntry("latin-america-and-the-caribbean", 13L)
                .containsEntry("western-balkans", 5L);
    }

    @Test
    void the_database_stores_full_unicode() {
        String charset = jdbc.queryForObject(
                "select default_character_set_name from information_schema.schemata where schema_name = database()",
                String.class);
        assertThat(charset).isEqualTo("utf8mb4");
    }
}
