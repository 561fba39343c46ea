package org.expertportal.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.integration.spring.SpringLiquibase;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;

/**
 * Runs the schema migrations (Boot's Liquibase bean, configured by {@code spring.liquibase.*} as
 * before) on a thread of their own, beside the rest of the start, instead of before it
 * (docs/adr/053). Liquibase reads and compares 130-odd changesets for about a second even when
 * there is nothing to do, while the main thread could be building Hibernate, the repositories,
 * security and Vaadin, none of which reads a table.
 *
 * <ul>
 *   <li>The Liquibase bean is created as before, and the entity manager factory still depends on
 *       it, but its migration starts on the thread {@code schema-migration} instead of in the
 *       bean's initialisation.
 *   <li>When every singleton exists and before anything can read a table (the start-up runners,
 *       the scheduled jobs and the web server all come after), the start waits for the
 *       migration; a migration that failed fails the start, as before.
 *   <li>Then Hibernate checks the migrated schema against the entities, as {@code
 *       spring.jpa.hibernate.ddl-auto=validate} did during its own start, which would now see a
 *       schema still being migrated ({@code ddl-auto} is {@code none}).
 *   <li>A start that fails elsewhere first lets a running migration finish before the data
 *       source closes, so that Liquibase's lock is never left taken.
 * </ul>
 */
public final class MigrationsBesideTheStart implements DestructionAwareBeanPostProcessor, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MigrationsBesideTheStart.class);

    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    /** Migrations that were to run, held back between the bean's two initialisation steps. */
    private final Set<String> deferred = ConcurrentHashMap.newKeySet();

    public MigrationsBesideTheStart(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && willRun(liquibase)) {
            // Its initialisation would migrate on this thread; the migration starts right after it.
            // One told not to run (spring.liquibase.enabled=false, read at run time also where the
            // bean definitions were fixed at build time, docs/adr/054) is left as it is.
            liquibase.setShouldRun(false);
            deferred.add(beanName);
        }
        return bean;
    }

    /** SpringLiquibase has a setter for {@code shouldRun} but no getter; the field is read as it is. */
    private static boolean willRun(SpringLiquibase liquibase) {
        return Boolean.TRUE.equals(new DirectFieldAccessor(liquibase).getPropertyValue("shouldRun"));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && deferred.remove(beanName)) {
            liquibase.setShouldRun(true);
            CompletableFuture<Void> done = new CompletableFuture<>();
            running.put(beanName, done);
            Thread.ofPlatform().name("schema-migration").start(() -> {
                try {
                    liquibase.afterPropertiesSet();
                    done.complete(null);
                } catch (Throwable failure) {
                    done.completeExceptionally(failure);
                }
            });
            log.info("Schema migration started beside the rest of the start");
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (running.isEmpty()) {
            return;
        }
        running.values().forEach(MigrationsBesideTheStart::await);
        EntityManagerFactory factory = entityManagerFactory.getIfAvailable();
        if (factory != null) {
            factory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        }
        log.info("Schema migrated and checked against the entities");
    }

    @Override
    public boolean requiresDestruction(Object bean) {
        return bean instanceof SpringLiquibase;
    }

    @Override
    public void postProcessBeforeDestruction(Object bean, String beanName) {
        CompletableFuture<Void> migration = running.get(beanName);
        if (migration != null && !migration.isDone()) {
            log.warn("The start failed while the schema was being migrated: waiting for the migration to end");
            migration.exceptionally(failure -> null).join();
        }
    }

    private static void await(CompletableFuture<Void> migration) {
        try {
            migration.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The schema migration failed", cause);
        }
    }
}
