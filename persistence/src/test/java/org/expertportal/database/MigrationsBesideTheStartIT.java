package org.expertportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schema migrations run beside the rest of the start (docs/adr/053): the context this test runs in
 * was started that way; here the same post-processor is driven by hand with Liquibase beans of its
 * own, on the test database.
 */
@SpringBootTest
class MigrationsBesideTheStartIT {

    private static final String MASTER = "classpath:db/changelog/db.changelog-master.yaml";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<EntityManagerFactory> entityManagerFactory;

    @Test
    void the_context_started_on_a_migrated_schema_with_liquibases_lock_free() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class)).isGreaterThan(100);
        assertLockFree();
    }

    @Test
    void the_migration_runs_on_a_thread_of_its_own_and_the_start_waits_for_it_then_checks_the_entities() {
        var migrations = new MigrationsBesideTheStart(entityManagerFactory);
        AtomicReference<String> migratedOn = new AtomicReference<>();
        SpringLiquibase liquibase = new SpringLiquibase() {
            @Override
            public void afterPropertiesSet() throws LiquibaseException {
                if (shouldRun) {
                    migratedOn.set(Thread.currentThread().getName());
                }
                super.afterPropertiesSet();
            }
        };
        configure(liquibase, MASTER);

        initialise(migrations, liquibase);
        migrations.afterSingletonsInstantiated();

        assertThat(migratedOn.get()).isEqualTo("schema-migration");
        assertLockFree();
    }

    @Test
    void a_migration_that_fails_fails_the_start_and_leaves_nothing_behind() {
        var migrations = new MigrationsBesideTheStart(entityManagerFactory);
        SpringLiquibase liquibase = failingMigration();

        initialise(migrations, liquibase);

        assertThatThrownBy(migrations::afterSingletonsInstantiated).hasStackTraceContaining("no_such_table_for_a_test");
        assertFailingChangeNotRecordedAndLockFree();
    }

    @Test
    void a_migration_told_not_to_run_does_not_run_beside_the_start_either() {
        var migrations = new MigrationsBesideTheStart(entityManagerFactory);
        SpringLiquibase liquibase = failingMigration();
        liquibase.setShouldRun(false);

        initialise(migrations, liquibase);
        migrations.afterSingletonsInstantiated();

        assertFailingChangeNotRecordedAndLockFree();
    }

    private SpringLiquibase failingMigration() {
        SpringLiquibase liquibase = new SpringLiquibase();
        configure(liquibase, "classpath:db/test/migration-that-fails.yaml");
        return liquibase;
    }

    private void configure(SpringLiquibase liquibase, String changeLog) {
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(changeLog);
        liquibase.setContexts("default");
        liquibase.setResourceLoader(new DefaultResourceLoader());
    }

    /** As the bean factory initialises a bean: before, its own initialisation, after. */
    private static void initialise(MigrationsBesideTheStart migrations, SpringLiquibase liquibase) {
        try {
            migrations.postProcessBeforeInitialization(liquibase, "liquibase");
            liquibase.afterPropertiesSet();
            migrations.postProcessAfterInitialization(liquibase, "liquibase");
        } catch (LiquibaseException e) {
            throw new AssertionError("the bean's own initialisation must not migrate", e);
        }
    }

    private void assertFailingChangeNotRecordedAndLockFree() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'migration-that-fails'",
                Integer.class)).isZero();
        assertLockFree();
    }

    private void assertLockFree() {
        assertThat(jdbc.queryForList("SELECT LOCKED FROM DATABASECHANGELOGLOCK", Boolean.class)).containsOnly(false);
    }
}
