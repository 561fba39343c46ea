package org.expertportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema, as Liquibase leaves it, can run on a Galera cluster (docs/adr/043): Galera
 * replicates only InnoDB, row by row, and finds rows by their primary key, so every table,
 * Liquibase's own included, needs one; and nothing may lean on locks that only one node sees.
 */
@SpringBootTest
class GaleraReadinessIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key_liquibases_own_included() {
        List<String> withoutKey = jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name""", String.class);

        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                        String.class))
                .as("the schema is there").contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "document");
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void every_table_is_innodb_the_only_engine_galera_replicates() {
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(table_name, ': ', engine) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""", String.class))
                .isEmpty();
    }

    @Test
    void no_code_or_migration_takes_table_locks_or_named_locks_that_other_nodes_would_not_see() throws IOException {
        Pattern nodeLocal = Pattern.compile("(?i)LOCK\\s+TABLES|GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(|IS_USED_LOCK\\s*\\(");
        List<String> found = new ArrayList<>();
        for (String module : List.of("domain", "persistence", "notifications", "portal-ui")) {
            Path main = ROOT.resolve(module).resolve("src/main");
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(path -> path.toString().matches(".*\\.(java|yaml|yml|sql|xml)$"))
                        .toList()) {
                    if (nodeLocal.matcher(Files.readString(file)).find()) {
                        found.add(ROOT.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(found).as("files with LOCK TABLES or GET_LOCK").isEmpty();
    }
}
