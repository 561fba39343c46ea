package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expertportal.TestClock;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

/** Reset, set-password and email-change links against in-memory ports. */
class AccountLinkServiceTest {

    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAccountLinks links = new InMemoryAccountLinks();
    private final TestHasher hasher = new TestHasher();
    private final TestSignedIn signedIn = new TestSignedIn();
    private final List<Alert> published = new ArrayList<>();
    /** The browser session the use case runs in, if any. */
    private String currentSessionId;
    private final SessionService sessions = new SessionService(new InMemorySessions(), signedIn,
            () -> Optional.ofNullable(currentSessionId),
            new AuditTrail(new InMemoryAuditEvents(), signedIn, Optional::empty, clock), clock);
    private final AccountLinkService service = new AccountLinkService(accounts, links, new InMemoryLinkRequests(),
            hasher, signedIn, published::add, sessions, clock);
    private final ClientAccountOnboarding onboarding =
            new ClientAccountOnboarding(accounts, links, published::add, clock);
    private final AccountLinkMail mail = new AccountLinkMail(links, clock);

    @Test
    void an_invitation_link_sets_the_first_password_once() {
        long id = onboarding.ensureClientAccount("new@firm.example", "New", null, null).accountId();
        String token = tokenOfLastMail();

        assertThat(service.usablePurpose(token)).contains(LinkPurpose.INVITATION);
        service.setPasswordWithLink(token, "a long enough passphrase");

        Account account = accounts.findById(id).orElseThrow();
        assertThat(account.getPasswordHash()).contains(hasher.hash("a long enough passphrase"));
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(service.usablePurpose(token)).as("used").isEmpty();
        assertThatThrownBy(() -> service.setPasswordWithLink(token, "another long passphrase"))
                .hasMessage("account-link.invalid");
        assertThat(account.getPasswordHash()).contains(hasher.hash("a long enough passphrase"));
        assertThat(published).extracting(Alert::type).as("a first password is no change to alert about")
                .containsExactly(AlertType.ACCOUNT_INVITATION);
    }

    @Test
    void a_refused_password_says_why_and_leaves_the_link_usable() {
        onboarding.ensureClientAccount("new@firm.example", "New", null, null);
        String token = tokenOfLastMail();

        assertThatThrownBy(() -> service.setPasswordWithLink(token, "short"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password.refused.too-short");
        assertThatThrownBy(() -> service.setPasswordWithLink(token, "my address new@firm.example"))
                .hasMessage("password.refused.contains-email");
        assertThat(service.usablePurpose(token)).contains(LinkPurpose.INVITATION);
    }

    @Test
    void expired_forged_and_replaced_links_are_refused_alike() {
        Account client = client("client@firm.example");
        service.requestPasswordReset("client@firm.example", "192.0.2.1");
        String first = tokenOfLastMail();
        service.requestPasswordReset("client@firm.example", "192.0.2.1");
        String second = tokenOfLastMail();

        assertThat(service.usablePurpose(first)).as("replaced by the newer link").isEmpty();
        assertThat(service.usablePurpose(second)).contains(LinkPurpose.PASSWORD_RESET);
        assertThat(service.usablePurpose("A".repeat(43))).as("forged").isEmpty();
        assertThat(service.usablePurpose("not a token")).isEmpty();
        assertThat(service.usablePurpose(null)).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        assertThat(service.usablePurpose(second)).as("expired after one hour").isEmpty();
        assertThatThrownBy(() -> service.setPasswordWithLink(second, "a long enough passphrase"))
                .hasMessage("account-link.invalid");
        assertThat(client.getPasswordHash()).contains(hasher.hash("the old passphrase"));
    }

    @Test
    void a_token_written_again_replaces_the_previous_one() {
        client("client@firm.example");
        service.requestPasswordReset("client@firm.example", null);
        AccountLink link = links.all.getLast();
        String firstWriting = mail.forMail(link.getId(), AlertType.PASSWORD_RESET).orElseThrow().token().orElseThrow();
        String secondWriting = tokenOfLastMail();

        assertThat(service.usablePurpose(firstWriting)).isEmpty();
        assertThat(service.usablePurpose(secondWriting)).contains(LinkPurpose.PASSWORD_RESET);
    }

    @Test
    void a_reset_sets_a_new_password_and_tells_the_owner() {
        Account client = client("client@firm.example");
        service.requestPasswordReset("Client@Firm.example", "192.0.2.1");
        String token = tokenOfLastMail();

        service.setPasswordWithLink(token, "a brand new passphrase");

        assertThat(client.getPasswordHash()).contains(hasher.hash("a brand new passphrase"));
        assertThat(published).extracting(Alert::type)
                .containsExactly(AlertType.PASSWORD_RESET, AlertType.PASSWORD_CHANGED);
    }

    @Test
    void a_reset_ends_every_session_signed_in_with_the_old_password() {
        Account client = client("client@firm.example");
        sessions.seen("thief-browser", client.getId(), "Chrome on Windows", "198.51.100.7");
        sessions.seen("old-laptop", client.getId(), "Firefox on Linux", "192.0.2.1");
        service.requestPasswordReset("client@firm.example", "192.0.2.1");
        currentSessionId = "anonymous-phone";

        service.setPasswordWithLink(tokenOfLastMail(), "a brand new passphrase");

        assertThat(sessions.seen("thief-browser", client.getId(), null, null)).isFalse();
        assertThat(sessions.seen("old-laptop", client.getId(), null, null)).isFalse();
    }

    @Test
    void a_confirmed_email_change_ends_the_other_sessions_and_keeps_the_one_it_was_confirmed_in() {
        Account client = client("old@firm.example");
        sessions.seen("this-browser", client.getId(), "Firefox on Linux", "192.0.2.1");
        sessions.seen("other-browser", client.getId(), "Chrome on Windows", "198.51.100.7");
        signedIn.as(client);
        service.requestEmailChange("the old passphrase", "new@firm.example");
        String token = mail.forMail(links.all.getLast().getId(), AlertType.EMAIL_CHANGE_CONFIRMATION).orElseThrow()
                .token().orElseThrow();
        currentSessionId = "this-browser";

        service.confirmEmailChange(token);

        assertThat(sessions.seen("this-browser", client.getId(), null, null)).isTrue();
        assertThat(sessions.seen("other-browser", client.getId(), null, null)).isFalse();
    }

    @Test
    void a_reset_for_an_unknown_or_disabled_address_sends_nothing_and_answers_the_same() {
        Account disabled = client("gone@firm.example");
        disabled.setEnabled(false);

        service.requestPasswordReset("nobody@firm.example", "192.0.2.1");
        service.requestPasswordReset("gone@firm.example", "192.0.2.1");

        assertThat(published).isEmpty();
        assertThat(links.all).isEmpty();
    }

    @Test
    void resets_are_limited_per_address_whether_or_not_it_has_an_account_and_per_network_address() {
        client("client@firm.example");
        for (int i = 0; i < AccountLinkService.RESETS_PER_ADDRESS; i++) {
            service.requestPasswordReset("client@firm.example", "192.0.2.1");
            service.requestPasswordReset("nobody@firm.example", "192.0.2.2");
        }
        assertThatThrownBy(() -> service.requestPasswordReset("client@firm.example", "192.0.2.3"))
                .hasMessage("password-reset.throttled");
        assertThatThrownBy(() -> service.requestPasswordReset("nobody@firm.example", "192.0.2.3"))
                .hasMessage("password-reset.throttled");
        assertThat(published).hasSize(AccountLinkService.RESETS_PER_ADDRESS);

        for (int i = 0; i < AccountLinkService.RESETS_PER_CLIENT - 3; i++) {
            service.requestPasswordReset("someone" + i + "@firm.example", "192.0.2.1");
        }
        assertThatThrownBy(() -> service.requestPasswordReset("fresh@firm.example", "192.0.2.1"))
                .hasMessage("password-reset.throttled");

        clock.advance(AccountLinkService.RESET_WINDOW.plusSeconds(1));
        service.requestPasswordReset("client@firm.example", "192.0.2.1");
        assertThat(published).hasSize(AccountLinkService.RESETS_PER_ADDRESS + 1);
    }

    @Test
    void an_email_change_needs_the_password_is_confirmed_from_the_new_address_and_tells_the_old_one() {
        Account client = client("old@firm.example");
        signedIn.as(client);

        assertThatThrownBy(() -> service.requestEmailChange("wrong", "new@firm.example"))
                .hasMessage("password.refused.current-wrong");
        assertThatThrownBy(() -> service.requestEmailChange("the old passphrase", "not an address"))
                .hasMessage("account.email.invalid");
        assertThatThrownBy(() -> service.requestEmailChange("the old passphrase", "OLD@firm.example"))
                .hasMessage("email-change.same-as-current");
        assertThat(published).isEmpty();

        service.requestEmailChange("the old passphrase", "New@Firm.example");
        AccountLink link = links.all.getLast();
        assertThat(link.getNewEmail()).contains("new@firm.example");
        assertThat(link.getExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        var confirmation = mail.forMail(link.getId(), AlertType.EMAIL_CHANGE_CONFIRMATION).orElseThrow();
        assertThat(confirmation.address()).as("the confirmation goes to the new address").contains("new@firm.example");
        assertThat(client.getEmail()).as("nothing changes before confirmation").isEqualTo("old@firm.example");

        signedIn.signOut();
        String token = confirmation.token().orElseThrow();
        assertThat(confirmation.link()).isEqualTo(PortalLink.to(PortalLink.Page.CONFIRM_EMAIL));
        service.confirmEmailChange(token);

        assertThat(client.getEmail()).isEqualTo("new@firm.example");
        assertThat(published.getLast()).isEqualTo(Alert.withAccountLink(AlertType.EMAIL_CHANGED, client.getId(),
                PortalLink.to(PortalLink.Page.ACCOUNT), clock.instant(), link.getId()));
        assertThat(mail.forMail(link.getId(), AlertType.EMAIL_CHANGED).orElseThrow().address())
                .as("the old address is told").contains("old@firm.example");
        assertThatThrownBy(() -> service.confirmEmailChange(token)).hasMessage("account-link.invalid");
        assertThatThrownBy(() -> service.setPasswordWithLink(token, "a long enough passphrase"))
                .hasMessage("account-link.invalid");
    }

    @Test
    void an_email_change_to_a_taken_address_answers_the_same_and_sends_nothing() {
        Account client = client("old@firm.example");
        client("taken@firm.example");
        signedIn.as(client);

        service.requestEmailChange("the old passphrase", "taken@firm.example");

        assertThat(published).isEmpty();
        assertThat(links.all).isEmpty();
    }

    @Test
    void anonymous_visitors_cannot_change_an_email() {
        assertThatThrownBy(() -> service.requestEmailChange("x", "new@firm.example"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_request_confirmation_link_works_for_its_account_only_never_sets_a_password_and_replaces_nothing() {
        Account owner = client("owner@firm.example");
        Account other = client("other@firm.example");
        var confirmations = new RequestConfirmationLinks(accounts, links, signedIn, published::add, clock);
        signedIn.as(owner);
        service.requestEmailChange("the old passphrase", "owner.new@firm.example");
        long emailChange = links.all.getLast().getId();
        long first = confirmations.open(owner.getId());
        String firstToken = mail.forMail(first, AlertType.HELD_REQUEST_CONFIRMATION).orElseThrow().token().orElseThrow();
        long second = confirmations.open(owner.getId());

        assertThat(links.findById(emailChange).orElseThrow().getUsedAt()).as("the email change stays open").isEmpty();
        assertThat(links.findById(first).orElseThrow().getUsedAt()).as("one link per held request").isEmpty();
        assertThat(second).isNotEqualTo(first);
        assertThat(published).extracting(Alert::type).contains(AlertType.HELD_REQUEST_CONFIRMATION);
        assertThatThrownBy(() -> service.setPasswordWithLink(firstToken, "a long enough passphrase"))
                .hasMessage("account-link.invalid");
        assertThatThrownBy(() -> service.confirmEmailChange(firstToken)).hasMessage("account-link.invalid");

        signedIn.as(other);
        assertThat(confirmations.usableBySignedIn(firstToken)).as("another account").isEmpty();
        signedIn.signOut();
        assertThat(confirmations.usableBySignedIn(firstToken)).as("nobody signed in").isEmpty();
        signedIn.as(owner);
        assertThat(confirmations.usableBySignedIn(firstToken)).contains(first);

        clock.advance(LinkPurpose.CONFIRM_REQUEST.validity());
        assertThat(confirmations.usableBySignedIn(firstToken)).as("expired after 7 days").isEmpty();
        clock.advance(Duration.ofDays(-1));
        confirmations.close(first);
        assertThat(confirmations.usableBySignedIn(firstToken)).as("used").isEmpty();
    }

    private Account client(String email) {
        Account account = accounts.save(new Account(email, "Client", Role.CLIENT, Instant.EPOCH));
        account.setPassword(hasher.hash("the old passphrase"), false);
        return account;
    }

    /** What the mail dispatcher does when it writes the last link's email. */
    private String tokenOfLastMail() {
        AccountLink link = links.all.stream().filter(l -> l.getUsedAt().isEmpty()).reduce((a, b) -> b).orElseThrow();
        Optional<AccountLinkMail.LinkForMail> written = mail.forMail(link.getId(), AlertType.PASSWORD_RESET);
        return written.orElseThrow().token().orElseThrow();
    }
}
