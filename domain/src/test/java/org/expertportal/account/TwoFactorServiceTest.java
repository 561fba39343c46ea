package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.TestClock;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

/** Enrolment, sign-in codes and recovery codes against in-memory ports and a clock that moves. */
class TwoFactorServiceTest {

    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T10:00:05Z"));
    private final Map<Long, Account> accounts = new HashMap<>();
    private final InMemoryCredentials credentials = new InMemoryCredentials();
    private final InMemoryRecoveryCodes recoveryCodes = new InMemoryRecoveryCodes();
    private final TestCipher cipher = new TestCipher();
    private Account signedIn;

    private final CurrentUser currentUser = new CurrentUser() {
        @Override
        public Optional<Long> accountId() {
            return Optional.ofNullable(signedIn).map(Account::getId);
        }

        @Override
        public boolean hasRole(Role role) {
            return signedIn != null && signedIn.getRole() == role;
        }
    };
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String raw) {
            return "{test}" + raw;
        }

        @Override
        public boolean matches(String raw, String hash) {
            return hash(raw).equals(hash);
        }
    };
    private final AccountRepository accountRepository = new AccountRepository() {
        @Override
        public Optional<Account> findByEmail(String email) {
            return accounts.values().stream().filter(a -> a.getEmail().equals(email)).findFirst();
        }

        @Override
        public Optional<Account> findById(Long id) {
            return Optional.ofNullable(accounts.get(id));
        }

        @Override
        public boolean existsByRole(Role role) {
            return accounts.values().stream().anyMatch(a -> a.getRole() == role);
        }

        @Override
        public long countByRole(Role role) {
            return accounts.values().stream().filter(a -> a.getRole() == role).count();
        }

        @Override
        public Account save(Account account) {
            return account;
        }

        @Override
        public java.util.List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId) {
            return accounts.values().stream().filter(a -> a.getOrganisationId().equals(Optional.of(organisationId)))
                    .toList();
        }

        @Override
        public long countByOrganisationId(Long organisationId) {
            return findByOrganisationIdOrderByDisplayNameAsc(organisationId).size();
        }
    };

    private final TwoFactorService service = new TwoFactorService(accountRepository, credentials, recoveryCodes,
            cipher, hasher, currentUser, clock);
    private final TwoFactorSignIn signIn = new TwoFactorSignIn(credentials, recoveryCodes, cipher, clock);

    @Test
    void a_wrong_code_does_not_switch_it_on_and_the_right_one_does_with_ten_recovery_codes() {
        Account client = account(1, Role.CLIENT);
        signedIn = client;
        TwoFactorEnrolment enrolment = service.startEnrolment();
        assertThat(Base32.decode(enrolment.secret())).hasSize(20);
        assertThat(enrolment.otpauthUri("Expert Report Portal")).startsWith(
                "otpauth://totp/Expert%20Report%20Portal:client1%40firm.test?secret=" + enrolment.secret()
                        + "&issuer=Expert%20Report%20Portal");

        String wrong = Totp.code(Base32.decode(enrolment.secret()), Totp.stepAt(clock.instant()) + 5, 6);
        assertThatThrownBy(() -> service.confirmEnrolment(wrong)).hasMessage("two-factor.code.wrong");
        assertThat(service.status().enabled()).isFalse();
        assertThat(signIn.required(1)).as("a pending enrolment asks for no code").isFalse();

        assertThat(service.startEnrolment().secret()).as("a reload shows the same key").isEqualTo(enrolment.secret());
        List<String> codes = service.confirmEnrolment(codeNow(enrolment.secret()));
        assertThat(codes).hasSize(TwoFactorService.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        assertThat(service.status()).extracting(TwoFactorStatus::enabled, TwoFactorStatus::recoveryCodesLeft)
                .containsExactly(true, 10L);
        assertThat(signIn.required(1)).isTrue();
        assertThat(recoveryCodes.all).as("stored hashed").hasSize(10)
                .allMatch(stored -> stored.getCodeHash().matches("[0-9a-f]{64}"))
                .noneMatch(stored -> codes.contains(stored.getCodeHash()));
    }

    @Test
    void a_sign_in_code_is_accepted_once_and_the_confirmation_code_not_at_all() {
        Account staff = enrolled(2, Role.STAFF);
        String secret = secretOf(staff);
        String confirmation = codeNow(secret);
        assertThat(signIn.verify(2, confirmation)).as("the code that confirmed enrolment").isFalse();

        clock.advance(Duration.ofSeconds(30));
        String next = codeNow(secret);
        assertThat(signIn.verify(2, next)).isTrue();
        assertThat(signIn.verify(2, next)).as("replayed").isFalse();
        assertThat(signIn.verify(2, "000000")).isFalse();
    }

    @Test
    void a_recovery_code_signs_in_once_and_new_codes_replace_the_old() {
        signedIn = account(3, Role.CLIENT);
        List<String> codes = service.confirmEnrolment(codeNow(service.startEnrolment().secret()));

        assertThat(signIn.verify(3, codes.get(0).toUpperCase().replace("-", " "))).isTrue();
        assertThat(signIn.verify(3, codes.get(0))).as("used up").isFalse();
        assertThat(service.status().recoveryCodesLeft()).isEqualTo(9);

        assertThatThrownBy(() -> service.regenerateRecoveryCodes("wrong password"))
                .hasMessage("password.refused.current-wrong");
        List<String> fresh = service.regenerateRecoveryCodes("password of 3");
        assertThat(signIn.verify(3, codes.get(1))).as("old codes stop working").isFalse();
        assertThat(signIn.verify(3, fresh.get(1))).isTrue();
    }

    @Test
    void a_client_may_switch_it_off_with_the_password_and_staff_may_not() {
        Account client = enrolled(4, Role.CLIENT);
        signedIn = client;
        assertThatThrownBy(() -> service.disable("wrong")).hasMessage("password.refused.current-wrong");
        assertThat(service.status().enabled()).isTrue();
        service.disable("password of 4");
        assertThat(service.status().enabled()).isFalse();
        assertThat(recoveryCodes.all).isEmpty();

        signedIn = enrolled(5, Role.STAFF);
        assertThatThrownBy(() -> service.disable("password of 5")).hasMessage("two-factor.required-for-role");
        assertThat(service.status().enabled()).isTrue();
    }

    @Test
    void staff_and_admins_must_enrol_and_clients_need_not() {
        signedIn = account(6, Role.STAFF);
        assertThat(service.mustEnrol()).isTrue();
        signedIn = account(7, Role.ADMIN);
        assertThat(service.mustEnrol()).isTrue();
        signedIn = account(8, Role.CLIENT);
        assertThat(service.mustEnrol()).isFalse();
        signedIn = enrolled(9, Role.STAFF);
        assertThat(service.mustEnrol()).isFalse();
        signedIn = null;
        assertThat(service.mustEnrol()).isFalse();
    }

    @Test
    void only_an_administrator_resets_someones_two_factor() {
        enrolled(10, Role.STAFF);
        signedIn = account(11, Role.STAFF);
        assertThatThrownBy(() -> service.resetTwoFactor(10)).isInstanceOf(NotPermittedException.class);
        assertThat(signIn.required(10)).isTrue();

        signedIn = account(12, Role.ADMIN);
        assertThatThrownBy(() -> service.resetTwoFactor(999)).isInstanceOf(NotFoundException.class);
        service.resetTwoFactor(10);
        assertThat(signIn.required(10)).isFalse();
        signedIn = accounts.get(10L);
        assertThat(service.mustEnrol()).as("asked to enrol again").isTrue();
    }

    @Test
    void a_secret_sealed_for_another_account_does_not_open() {
        Account one = enrolled(13, Role.CLIENT);
        enrolled(14, Role.CLIENT);
        // Someone with write access to the database copies account 13's sealed secret onto 14.
        credentials.byId.get(14L).replaceSecret(credentials.byId.get(13L).getSealedSecret(), clock.instant());
        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.verify(14, codeNow(secretOf(one)))).isFalse();
    }

    @Test
    void provisioning_enrols_a_known_secret_once() {
        account(15, Role.STAFF);
        String known = "TV5DBLQOK3WOZCEOUH6FMXD55D3CKFDG";
        assertThat(service.provision("staff15@firm.test", known)).isTrue();
        assertThat(service.provision("staff15@firm.test", known)).as("already there").isFalse();
        assertThat(service.provision("nobody@firm.test", known)).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.verify(15, codeNow(known))).isTrue();
    }

    @Test
    void an_enabled_account_cannot_start_a_second_enrolment() {
        signedIn = enrolled(16, Role.CLIENT);
        assertThatThrownBy(service::startEnrolment).isInstanceOf(DomainException.class)
                .hasMessage("two-factor.already-enabled");
    }

    private Account enrolled(long id, Role role) {
        Account previous = signedIn;
        Account account = account(id, role);
        signedIn = account;
        service.confirmEnrolment(codeNow(service.startEnrolment().secret()));
        signedIn = previous;
        return account;
    }

    private String secretOf(Account account) {
        TwoFactorCredential credential = credentials.byId.get(account.getId());
        return Base32.encode(cipher.open(credential.getSealedSecret(), account.getId()));
    }

    private String codeNow(String secret) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(clock.instant()), 6);
    }

    private Account account(long id, Role role) {
        Account account = new Account(role.name().toLowerCase() + id + "@firm.test", "Person " + id, role, Instant.EPOCH);
        account.setPassword(hasher.hash("password of " + id), false);
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        accounts.put(id, account);
        return account;
    }

    /** Not encryption: enough to bind a value to its account and to tell sealed from plain. */
    private static final class TestCipher implements TotpSecretCipher {
        @Override
        public String seal(byte[] secret, long accountId) {
            return "test:" + accountId + ":" + Base64.getEncoder().encodeToString(secret);
        }

        @Override
        public byte[] open(String sealed, long accountId) {
            String prefix = "test:" + accountId + ":";
            if (!sealed.startsWith(prefix)) {
                throw new IllegalStateException("sealed for another account");
            }
            return Base64.getDecoder().decode(sealed.substring(prefix.length()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static final class InMemoryCredentials implements TwoFactorCredentialRepository {
        final Map<Long, TwoFactorCredential> byId = new HashMap<>();

        @Override
        public Optional<TwoFactorCredential> findById(Long accountId) {
            return Optional.ofNullable(byId.get(accountId));
        }

        @Override
        public TwoFactorCredential save(TwoFactorCredential credential) {
            byId.put(credential.getAccountId(), credential);
            return credential;
        }

        @Override
        public void delete(TwoFactorCredential credential) {
            byId.remove(credential.getAccountId());
        }
    }

    private static final class InMemoryRecoveryCodes implements RecoveryCodeRepository {
        final List<RecoveryCode> all = new ArrayList<>();

        @Override
        public List<RecoveryCode> findByAccountIdAndUsedAtIsNull(long accountId) {
            return all.stream().filter(c -> c.getAccountId() == accountId && c.getUsedAt().isEmpty()).toList();
        }

        @Override
        public long countByAccountIdAndUsedAtIsNull(long accountId) {
            return findByAccountIdAndUsedAtIsNull(accountId).size();
        }

        @Override
        public RecoveryCode save(RecoveryCode code) {
            if (!all.contains(code)) {
                all.add(code);
            }
            return code;
        }

        @Override
        public long deleteByAccountId(long accountId) {
            long before = all.size();
            all.removeIf(c -> c.getAccountId() == accountId);
            return before - all.size();
        }
    }
}
