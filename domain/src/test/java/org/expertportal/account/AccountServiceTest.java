package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

/** The account use cases against in-memory ports; persistence has its own tests on MariaDB. */
class AccountServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final ReversingHasher hasher = new ReversingHasher();
    private final SignedIn signedIn = new SignedIn();
    private final List<Alert> published = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryAuditEvents audited = new InMemoryAuditEvents();
    private final AuditTrail audit = new AuditTrail(audited, signedIn, Optional::empty, clock);
    private final InMemorySessions sessionRows = new InMemorySessions();
    /** The browser session the use case runs in, if any. */
    private String currentSessionId;
    private final SessionService sessions = new SessionService(sessionRows, signedIn,
            () -> Optional.ofNullable(currentSessionId), audit, clock);
    private final AccountService service = new AccountService(accounts, hasher, signedIn, published::add, audit,
            sessions, clock);

    @Test
    void first_administrator_is_created_once_and_must_change_the_password() {
        assertThat(service.createFirstAdministrator("Admin@Example.org", "Head of office", "one-time-password-1"))
                .isTrue();
        assertThat(service.createFirstAdministrator("second@example.org", "Another", "one-time-password-2"))
                .isFalse();

        assertThat(accounts.saved).hasSize(1);
        Account admin = accounts.saved.getFirst();
        assertThat(admin.getEmail()).isEqualTo("admin@example.org");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).contains(hasher.hash("one-time-password-1"));
    }

    @Test
    void first_administrator_with_a_weak_password_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> service.createFirstAdministrator("admin@example.org", "Admin", "short"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password.refused.too-short");
        assertThat(accounts.saved).isEmpty();
    }

    @Test
    void changing_the_password_needs_the_current_one_and_clears_the_must_change_flag() {
        Account admin = existing("admin@example.org", Role.ADMIN, "one-time-password-1", true);
        signedIn.as(admin);

        assertThatThrownBy(() -> service.changePassword("wrong", "a much better passphrase"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password.refused.current-wrong");
        assertThat(admin.isMustChangePassword()).isTrue();

        assertThat(audited.actions()).as("a refused change is not a change").isEmpty();
        service.changePassword("one-time-password-1", "a much better passphrase");
        assertThat(admin.isMustChangePassword()).isFalse();
        assertThat(admin.getPasswordHash()).contains(hasher.hash("a much better passphrase"));
        assertThat(audited.saved).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.PASSWORD_CHANGED);
            assertThat(event.getActorLabel()).isEqualTo("ADMIN");
            assertThat(event.getTargetId()).isEqualTo(String.valueOf(accounts.idOf(admin)));
        });
    }

    @Test
    void a_changed_password_alerts_its_owner_and_a_refused_change_alerts_nobody() {
        Account client = existing("client@example.org", Role.CLIENT, "current passphrase", false);
        signedIn.as(client);

        assertThatThrownBy(() -> service.changePassword("wrong", "a much better passphrase"));
        assertThat(published).isEmpty();

        service.changePassword("current passphrase", "a much better passphrase");
        assertThat(published).containsExactly(new Alert(AlertType.PASSWORD_CHANGED, accounts.idOf(client), null,
                PortalLink.to(PortalLink.Page.ACCOUNT_PASSWORD), Instant.parse("2026-11-27T10:00:00Z")));
        assertThat(AlertType.PASSWORD_CHANGED.isMandatory()).as("security alerts cannot be switched off").isTrue();
    }

    @Test
    void a_changed_password_ends_every_other_session_of_the_account_and_keeps_the_one_in_use() {
        Account client = existing("client@example.org", Role.CLIENT, "current passphrase", false);
        long clientId = accounts.idOf(client);
        Account colleague = existing("colleague@example.org", Role.CLIENT, "their passphrase", false);
        sessions.seen("this-browser", clientId, "Firefox on Linux", "192.0.2.1");
        sessions.seen("stolen-elsewhere", clientId, "Chrome on Windows", "198.51.100.7");
        sessions.seen("colleague-browser", accounts.idOf(colleague), "Safari on iOS", "192.0.2.3");
        signedIn.as(client);
        currentSessionId = "this-browser";

        service.changePassword("current passphrase", "a much better passphrase");

        assertThat(sessions.seen("this-browser", clientId, null, null)).as("the session in use").isTrue();
        assertThat(sessions.seen("stolen-elsewhere", clientId, null, null)).as("the other session").isFalse();
        assertThat(sessions.seen("colleague-browser", accounts.idOf(colleague), null, null))
                .as("another account's session").isTrue();
        assertThat(audited.actions()).contains(AuditAction.SESSION_ENDED_BY_USER);
    }

    @Test
    void the_new_password_must_differ_from_the_current_one() {
        Account client = existing("client@example.org", Role.CLIENT, "the same passphrase", false);
        signedIn.as(client);
        assertThatThrownBy(() -> service.changePassword("the same passphrase", "the same passphrase"))
                .hasMessage("password.refused.same-as-current");
    }

    @Test
    void anonymous_visitors_cannot_change_any_password_or_language() {
        assertThatThrownBy(() -> service.changePassword("x", "a much better passphrase"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.changeLanguage(Locale.of("ru"))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void language_choice_is_stored_on_the_account_and_only_supported_languages_are_accepted() {
        Account client = existing("client@example.org", Role.CLIENT, "the same passphrase", false);
        signedIn.as(client);

        service.changeLanguage(Locale.forLanguageTag("ru-RU"));
        assertThat(client.getPreferredLanguage()).contains(Locale.of("ru"));

        assertThatThrownBy(() -> service.changeLanguage(Locale.GERMAN)).hasMessage("language.unsupported");
        assertThat(client.getPreferredLanguage()).contains(Locale.of("ru"));
    }

    @Test
    void only_administrators_see_account_counts() {
        Account staff = existing("staff@example.org", Role.STAFF, "staff passphrase", false);
        Account admin = existing("admin@example.org", Role.ADMIN, "admin passphrase", false);

        signedIn.as(staff);
        assertThatThrownBy(service::countsByRole).isInstanceOf(NotPermittedException.class);

        signedIn.as(admin);
        assertThat(service.countsByRole()).containsEntry(Role.STAFF, 1L).containsEntry(Role.CLIENT, 0L);
    }

    @Test
    void disabling_an_account_ends_all_its_sessions_at_once_and_is_for_other_administrators_only() {
        Account client = existing("client@example.org", Role.CLIENT, "client passphrase", false);
        Account admin = existing("admin@example.org", Role.ADMIN, "admin passphrase", false);
        long clientId = accounts.idOf(client);
        assertThat(sessions.seen("laptop-session", clientId, "Firefox on Linux", "192.0.2.1")).isTrue();
        assertThat(sessions.seen("phone-session", clientId, "Safari on iOS", "192.0.2.2")).isTrue();

        signedIn.as(client);
        assertThatThrownBy(() -> service.disable(clientId)).isInstanceOf(NotPermittedException.class);
        signedIn.as(admin);
        assertThatThrownBy(() -> service.disable(accounts.idOf(admin)))
                .isInstanceOf(DomainException.class).hasMessage("account.disable.self");

        service.disable(clientId);

        assertThat(client.isEnabled()).isFalse();
        assertThat(sessions.seen("laptop-session", clientId, "Firefox on Linux", "192.0.2.1")).isFalse();
        assertThat(sessions.seen("phone-session", clientId, "Safari on iOS", "192.0.2.2")).isFalse();
        assertThat(sessionRows.all).allSatisfy(row -> assertThat(row.getEndReason())
                .isEqualTo(UserSession.EndReason.BY_ADMIN));
        assertThat(audited.actions()).containsExactly(AuditAction.SESSION_ENDED_BY_ADMIN,
                AuditAction.SESSION_ENDED_BY_ADMIN, AuditAction.ACCOUNT_DISABLED);

        service.enable(clientId);
        assertThat(client.isEnabled()).isTrue();
    }

    private Account existing(String email, Role role, String password, boolean mustChange) {
        Account account = new Account(email, email, role, Instant.EPOCH);
        account.setPassword(hasher.hash(password), mustChange);
        accounts.save(account);
        accounts.saved.clear();
        return account;
    }

    private static final class InMemoryAccounts implements AccountRepository {
        final List<Account> all = new ArrayList<>();
        final List<Account> saved = new ArrayList<>();

        @Override
        public Optional<Account> findByEmail(String email) {
            return all.stream().filter(a -> a.getEmail().equals(email)).findFirst();
        }

        @Override
        public Optional<Account> findById(Long id) {
            return all.stream().filter(a -> id.equals(idOf(a))).findFirst();
        }

        @Override
        public boolean existsByRole(Role role) {
            return all.stream().anyMatch(a -> a.getRole() == role);
        }

        @Override
        public long countByRole(Role role) {
            return all.stream().filter(a -> a.getRole() == role).count();
        }

        @Override
        public List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId) {
            return all.stream().filter(a -> a.getOrganisationId().equals(java.util.Optional.ofNullable(organisationId)))
                    .sorted(java.util.Comparator.comparing(Account::getDisplayName)).toList();
        }

        @Override
        public long countByOrganisationId(Long organisationId) {
            return findByOrganisationIdOrderByDisplayNameAsc(organisationId).size();
        }

        @Override
        public Account save(Account account) {
            if (!all.contains(account)) {
                all.add(account);
            }
            saved.add(account);
            return account;
        }

        long idOf(Account account) {
            return all.indexOf(account) + 1L;
        }
    }

    /** Not a real hash, but one-way enough to tell stored values from raw ones. */
    private static final class ReversingHasher implements PasswordHasher {
        @Override
        public String hash(String rawPassword) {
            return "{test}" + new StringBuilder(rawPassword).reverse();
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash(rawPassword).equals(hash);
        }
    }

    private final class SignedIn implements CurrentUser {
        private Account account;

        void as(Account account) {
            this.account = account;
        }

        @Override
        public Optional<Long> accountId() {
            return Optional.ofNullable(account).map(accounts::idOf);
        }

        @Override
        public boolean hasRole(Role role) {
            return account != null && account.getRole() == role;
        }
    }
}
