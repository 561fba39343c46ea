package org.expertportal.database;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Schema migrations beside the rest of the start ({@link MigrationsBesideTheStart},
 * docs/adr/053), wherever Boot's Liquibase runs: the portal and every test context alike.
 */
@AutoConfiguration
@ConditionalOnClass(name = "liquibase.integration.spring.SpringLiquibase")
@ConditionalOnBooleanProperty(name = "portal.schema.migrate-beside-start", matchIfMissing = true)
public class SchemaMigrationAutoConfiguration {

    @Bean
    static MigrationsBesideTheStart migrationsBesideTheStart(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        return new MigrationsBesideTheStart(entityManagerFactory);
    }
}
