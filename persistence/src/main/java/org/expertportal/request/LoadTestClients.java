package org.expertportal.request;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The load test's people (README "Load test"): client accounts {@code load-N@load-test.invalid}
 * that can sign in, each with one acknowledged request of their own to open and write on. Made in
 * SQL from MariaDB's sequence tables, so 1,000 take a second; one password hash serves them all.
 * Only the {@code load-test} profile calls this, never a production start.
 */
@Component
public class LoadTestClients {

    static final String EMAIL_DOMAIN = "@load-test.invalid";
    /** References ER-YYYY-990001 and up: clear of real numbers and of the synthetic data set's. */
    static final int FIRST_NUMBER = 990_000;
    static final int MAX_CLIENTS = 9_999;

    private final JdbcTemplate jdbc;

    public LoadTestClients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes sure accounts 1..{@code clients} exist, signed in with the password whose hash is
     * given, each with a request; existing ones get the hash again and keep their requests.
     */
    private static final String INSERT_ACCOUNTS = "insert ignore into account (version, email, display_name,"
            + " role, password_hash, must_change_password, enabled, created_at) select 0, concat('load-', seq, '"
            + EMAIL_DOMAIN + "'), concat('Load client ', seq), 'CLIENT', ?, false, true, ? from seq_1_to_"
            + MAX_CLIENTS + " where seq <= ?";
    private static final String INSERT_REQUESTS = """
            insert into report_request (version, reference, client_account_id, requester_kind, requester_name,
              email, preferred_channel, safe_by_email, safe_by_phone, safe_by_whatsapp, country_code, case_stage,
              hearing_date, legal_aid, preferred_language, consent_version, consent_at, status, closing_reason,
              received_at, first_response_due_at, response_warning_at, response_escalation_at, first_responded_at,
              first_response_minutes, assigned_staff_id, last_activity_at, expert_id, expert_state)
            select 0, concat('ER-', year(?), '-', lpad(q.seq + %d, 6, '0')), a.id, 'LAW_FIRM', a.display_name,
              a.email, 'EMAIL', true, false, false, 'MN', 'APPEAL', null, false, 'en', '2026-01', ?,
              'ACKNOWLEDGED', null, ?, ? + interval 60 minute, ? + interval 45 minute, ? + interval 60 minute,
              ?, 30, (select min(id) from account where role = 'STAFF' and enabled), ?, null, null
            from seq_1_to_%d q
            join account a on a.email = concat('load-', q.seq, '%s')
            where q.seq <= ? and not exists (select 1 from report_request r where r.client_account_id = a.id)
            """.formatted(FIRST_NUMBER, MAX_CLIENTS, EMAIL_DOMAIN);
    private static final String NEW_ROWS = " from report_request r where r.id > ? and r.email like '%" + EMAIL_DOMAIN
            + "'";

    @Transactional
    public void ensure(int clients, String passwordHash, Instant now) {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("Between 1 and " + MAX_CLIENTS + " load-test clients");
        }
        Timestamp at = Timestamp.from(now);
        Timestamp answered = Timestamp.from(now.minus(Duration.ofMinutes(30)));
        jdbc.update(INSERT_ACCOUNTS, passwordHash, at, clients);
        jdbc.update("update account set password_hash = ?, enabled = true where email like ?", passwordHash,
                "%" + EMAIL_DOMAIN);
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from report_request", Long.class);
        jdbc.update(INSERT_REQUESTS, at, at, at, at, at, at, answered, at, clients);
        jdbc.update("insert into report_request_service (request_id, service) select r.id, 'FULL_REPORT'" + NEW_ROWS,
                firstId);
        jdbc.update("insert into report_request_theme (request_id, theme_key) select r.id, 'political-persecution'"
                + NEW_ROWS, firstId);
        jdbc.update("insert into request_event (request_id, occurred_at, actor_account_id, actor_role, actor_label,"
                + " to_status) select r.id, r.received_at, r.client_account_id, 'CLIENT', r.requester_name,"
                + " 'SUBMITTED'" + NEW_ROWS, firstId);
        jdbc.update("insert into request_event (request_id, occurred_at, actor_account_id, actor_role, actor_label,"
                + " from_status, to_status) select r.id, r.first_responded_at, r.assigned_staff_id, 'STAFF', 'Staff',"
                + " 'SUBMITTED', 'ACKNOWLEDGED'" + NEW_ROWS, firstId);
    }

    /**
     * The document id of a report named {@code name} already shared with client 1's request, or
     * -1: the download benchmark stores its report once per database (README "Download benchmark").
     */
    public long sharedReport(String name) {
        return jdbc.query("select rd.document_id from request_document rd join report_request r on r.id = rd.request_id"
                + " join account a on a.id = r.client_account_id where a.email = ? and rd.original_name = ?"
                + " order by rd.id limit 1", rs -> rs.next() ? rs.getLong(1) : -1L, "load-1" + EMAIL_DOMAIN, name);
    }

    /**
     * Shares one stored document, as delivered report version 1, with the requests of clients
     * 1..{@code clients} that do not have it yet: the download benchmark's people each download
     * the same file from their own request page. One file, many rows, as the benchmark needs
     * many readers of one large document and not many copies of it.
     */
    @Transactional
    public void shareReport(long documentId, String name, int clients, long addedBy, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("insert into request_document (request_id, document_id, kind, original_name, added_by, added_at,"
                + " shared_at, report_version, report_final) select r.id, ?, 'REPORT', ?, ?, ?, ?, 1, true"
                + " from report_request r join account a on a.id = r.client_account_id"
                + " join seq_1_to_" + MAX_CLIENTS + " q on a.email = concat('load-', q.seq, '" + EMAIL_DOMAIN + "')"
                + " where q.seq <= ? and not exists (select 1 from request_document d where d.request_id = r.id"
                + " and d.document_id = ?)", documentId, name, addedBy, at, at, clients, documentId);
    }
}
