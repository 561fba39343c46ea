package org.expertportal.request;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A synthetic data set for development and benchmarks: requests spread over two years across all
 * covered countries and every status, with themes, timelines and messages. No real person is in
 * it: names are "Synthetic client N", addresses end in {@code .invalid}, accounts cannot sign in.
 * Generated in SQL from MariaDB's sequence tables ({@code seq_1_to_N}), so 100,000 requests take
 * seconds. Run only on purpose (the {@code synthetic} profile or the benchmark), never in production.
 */
@Component
public class SyntheticRequests {

    static final int CLIENTS = 500;
    /** Synthetic references start above this number, clear of the demo's and early real ones. */
    static final int FIRST_NUMBER = 200_000;
    static final String EMAIL_DOMAIN = "@synthetic.invalid";

    private final JdbcTemplate jdbc;

    public SyntheticRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many synthetic requests there are. */
    public long count() {
        return jdbc.queryForObject("select count(*) from report_request where email like ?", Long.class,
                "%" + EMAIL_DOMAIN);
    }

    /**
     * Adds synthetic requests until there are {@code total}; received times run from two years ago
     * up to {@code now}, the newest still unanswered.
     */
    @Transactional
    public void generate(int total, Instant now) {
        long existing = count();
        if (existing >= total) {
            return;
        }
        if (total > 790_000) {
            throw new IllegalArgumentException("At most 790,000 synthetic requests");
        }
        jdbc.update("insert ignore into account (version, email, display_name, role, must_change_password, enabled,"
                + " created_at) select 0, concat('synthetic-', seq, '" + EMAIL_DOMAIN + "'),"
                + " concat('Synthetic client ', seq), 'CLIENT', false, false, ? from seq_1_to_" + CLIENTS,
                Timestamp.from(now));
        long spanSeconds = Duration.ofDays(730).toSeconds();
        int from = (int) existing + 1;
        // One pseudo-random number per request (crc32 of its number) picks country, status, times.
        // Age in days decides the status: recent ones are open, older ones mostly finished.
        String requests = """
                insert into report_request (version, reference, client_account_id, requester_kind, requester_name,
                  email, preferred_channel, safe_by_email, safe_by_phone, safe_by_whatsapp, country_code, case_stage,
                  hearing_date, legal_aid, preferred_language, consent_version, consent_at, status, closing_reason,
                  received_at, first_response_due_at, response_warning_at, response_escalation_at, first_responded_at,
                  first_response_minutes, assigned_staff_id, last_activity_at, expert_id, expert_state)
                select 0, concat('ER-', year(g.received), '-', lpad(g.n + %2$d, 6, '0')), a.id,
                  elt(1 + g.r %% 3, 'LAW_FIRM', 'APPLICANT', 'NGO'), concat('Synthetic client ', g.c), a.email,
                  'EMAIL', true, g.r %% 5 > 0, false, c.iso_code, elt(1 + g.r %% 3, 'INITIAL_CLAIM', 'APPEAL', 'FURTHER_SUBMISSIONS'),
                  if(g.r %% 5 < 3, date(g.received + interval (20 + g.r %% 100) day), null), g.r %% 2 = 0, 'en',
                  '2026-01', g.received, g.status,
                  case g.status when 'DECLINED' then 'OUTSIDE_COVERAGE' when 'CANCELLED' then 'CLIENT_WITHDREW' end,
                  g.received, g.received + interval 60 minute, g.received + interval 45 minute,
                  g.received + interval 60 minute,
                  if(g.status = 'SUBMITTED', null, g.received + interval g.minutes minute),
                  if(g.status = 'SUBMITTED', null, g.minutes),
                  if(g.status = 'SUBMITTED', null, (select min(id) from account where role = 'STAFF' and enabled)),
                  g.received,
                  if(g.status in ('EXPERT_ASSIGNED', 'IN_PREPARATION', 'DELIVERED', 'CLOSED'), x.id, null),
                  if(g.status in ('EXPERT_ASSIGNED', 'IN_PREPARATION', 'DELIVERED', 'CLOSED') and x.id is not null,
                     'ASSIGNED', null)
                from (
                  select s.n, s.r, 1 + s.r %% %3$d c, s.received,
                    5 + (s.r div 7) %% 100 minutes,
                    case
                      when s.age_days < 0.05 then 'SUBMITTED'
                      when s.age_days < 30 then elt(1 + s.r %% 6, 'ACKNOWLEDGED', 'CONSULTATION_SCHEDULED',
                          'AWAITING_CLIENT', 'EXPERT_ASSIGNED', 'IN_PREPARATION', 'ACKNOWLEDGED')
                      when s.age_days < 90 then elt(1 + s.r %% 5, 'IN_PREPARATION', 'DELIVERED', 'DELIVERED',
                          'CLOSED', 'AWAITING_CLIENT')
                      else elt(1 + s.r %% 10, 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'DECLINED',
                          'CANCELLED', 'DELIVERED', 'CLOSED')
                    end status
                  from (select q.seq n, crc32(concat('synthetic', q.seq)) r,
                      ? - interval ((%4$d - q.seq) * ? div %4$d) second received,
                      ((%4$d - q.seq) * ? / %4$d) / 86400 age_days
                    from seq_%1$d_to_%4$d q) s
                ) g
                join (select iso_code, row_number() over (order by iso_code) - 1 k, count(*) over () total from country) c
                  on c.k = g.r %% c.total
                join account a on a.email = concat('synthetic-', g.c, '%5$s')
                left join (select id, row_number() over (order by id) - 1 k, count(*) over () total from expert
                  where active) x on x.k = (g.r div 11) %% x.total
                """.formatted(from, FIRST_NUMBER, CLIENTS, total, EMAIL_DOMAIN);
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from report_request", Long.class);
        jdbc.update(requests, Timestamp.from(now), spanSeconds, spanSeconds);
        String newRows = " from report_request r where r.id > ?";
        jdbc.update("insert into report_request_service (request_id, service) select r.id, 'FULL_REPORT'" + newRows,
                firstId);
        jdbc.update("insert into report_request_theme (request_id, theme_key) select r.id, t.theme_key"
                + " from report_request r join (select theme_key, row_number() over (order by theme_key) - 1 k,"
                + " count(*) over () total from theme) t on t.k = crc32(r.reference) % t.total where r.id > ?",
                firstId);
        jdbc.update("insert into request_event (request_id, occurred_at, actor_account_id, actor_role, actor_label,"
                + " to_status) select r.id, r.received_at, r.client_account_id, 'CLIENT', r.requester_name,"
                + " 'SUBMITTED'" + newRows, firstId);
        jdbc.update("insert into request_event (request_id, occurred_at, actor_account_id, actor_role, actor_label,"
                + " from_status, to_status, closing_reason) select r.id, r.first_responded_at, r.assigned_staff_id,"
                + " 'STAFF', 'Staff', 'SUBMITTED', if(r.status in ('DELIVERED', 'CLOSED'), 'ACKNOWLEDGED', r.status),"
                + " r.closing_reason" + newRows + " and r.first_responded_at is not null", firstId);
        jdbc.update("insert into request_event (request_id, occurred_at, actor_account_id, actor_role, actor_label,"
                + " from_status, to_status) select r.id, r.received_at + interval (10 + crc32(r.reference) % 30) day,"
                + " r.assigned_staff_id, 'STAFF', 'Staff', 'ACKNOWLEDGED', 'DELIVERED'" + newRows
                + " and r.status in ('DELIVERED', 'CLOSED')", firstId);
        jdbc.update("insert into request_message (request_id, author_account_id, from_staff, author_label, body,"
                + " sent_at) select r.id, r.client_account_id, false, r.requester_name,"
                + " 'Synthetic message: the hearing notice is attached.', r.received_at + interval 5 minute"
                + newRows, firstId);
        jdbc.update("insert into request_number (year, last_number) select year(received_at),"
                + " max(cast(substring(reference, 9) as unsigned)) from report_request where email like '%"
                + EMAIL_DOMAIN + "' group by year(received_at) on duplicate key update"
                + " last_number = greatest(last_number, values(last_number))");
    }
}
