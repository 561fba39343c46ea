package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.expertportal.account.ClientAccountOnboarding.OnboardedClient;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The intake hook: a new email gets a client account and an invitation, a known one gets nothing. */
class ClientAccountOnboardingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAccountLinks links = new InMemoryAccountLinks();
    private final List<Alert> published = new ArrayList<>();
    private final ClientAccountOnboarding onboarding = new ClientAccountOnboarding(
            accounts, links, published::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_new_email_gets_a_client_account_without_password_and_an_invitation_valid_72_hours() {
        OnboardedClient result = onboarding.ensureClientAccount(
                " Lawyer@Firm.example ", "Amina Lawyer", Locale.forLanguageTag("ru-RU"), ZoneId.of("Europe/Berlin"));

        assertThat(result.created()).isTrue();
        Account account = accounts.findById(result.accountId()).orElseThrow();
        assertThat(account.getEmail()).isEqualTo("lawyer@firm.example");
        assertThat(account.getRole()).isEqualTo(Role.CLIENT);
        assertThat(account.getPasswordHash()).isEmpty();
        assertThat(account.getPreferredLanguage()).contains(Locale.of("ru"));
        assertThat(account.getTimeZone()).contains(ZoneId.of("Europe/Berlin"));

        AccountLink invitation = links.all.getFirst();
        assertThat(invitation.getAccountId()).isEqualTo(result.accountId());
        assertThat(invitation.getPurpose()).isEqualTo(LinkPurpose.INVITATION);
        assertThat(invitation.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(InMemoryAccountLinks.tokenHashOf(invitation)).as("no token before the mail is written").isNull();
        assertThat(published).containsExactly(Alert.withAccountLink(AlertType.ACCOUNT_INVITATION,
                result.accountId(), PortalLink.to(PortalLink.Page.SET_PASSWORD), NOW, invitation.getId()));
        assertThat(AlertType.ACCOUNT_INVITATION.isMandatory()).isTrue();
    }

    @Test
    void a_known_email_changes_nothing_and_sends_nothing() {
        Account existing = accounts.save(new Account("known@firm.example", "Known", Role.CLIENT, Instant.EPOCH));
        existing.setPassword("{test}secret", false);

        OnboardedClient result = onboarding.ensureClientAccount("KNOWN@firm.example", "Someone Else", Locale.ENGLISH, null);

        assertThat(result).isEqualTo(new OnboardedClient(existing.getId(), false));
        assertThat(accounts.all).hasSize(1);
        assertThat(existing.getDisplayName()).isEqualTo("Known");
        assertThat(existing.getPasswordHash()).contains("{test}secret");
        assertThat(links.all).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void an_unsupported_language_is_not_kept_and_the_default_zone_stays_empty() {
        OnboardedClient result = onboarding.ensureClientAccount("new@firm.example", "New", Locale.GERMAN, null);

        Account account = accounts.findById(result.accountId()).orElseThrow();
        assertThat(account.getPreferredLanguage()).isEmpty();
        assertThat(account.getTimeZone()).isEmpty();
    }

    @Test
    void an_implausible_email_or_a_missing_name_is_refused_and_nothing_is_created() {
        assertThatThrownBy(() -> onboarding.ensureClientAccount("not an email", "Name", Locale.ENGLISH, null))
                .isInstanceOf(DomainException.class)
                .hasMessage("account.email.invalid");
        assertThatThrownBy(() -> onboarding.ensureClientAccount("ok@firm.example", "  ", Locale.ENGLISH, null))
                .hasMessage("account.name.invalid");
        assertThat(accounts.all).isEmpty();
        assertThat(published).isEmpty();
    }
}
