package org.expertportal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The persistence module alone: entities, repositories, Liquibase and the data source (the server
 * named by SPRING_DATASOURCE_URL, else an embedded MariaDB). No component scan, so the domain's
 * use cases, which need ports from other modules, stay out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan("org.expertportal")
@EnableJpaRepositories("org.expertportal")
public class PersistenceTestApplication {}
