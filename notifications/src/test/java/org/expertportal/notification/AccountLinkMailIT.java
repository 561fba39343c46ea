package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.account.AccountLinkRepository;
import org.expertportal.account.ClientAccountOnboarding;
import org.expertportal.account.ClientAccountOnboarding.OnboardedClient;
import org.expertportal.account.LinkPurpose;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake hook end to end on MariaDB and SMTP: an invitation mail carries the only copy of its
 * token, the database keeps its SHA-256, and a known address gets no mail from the hook.
 */
class AccountLinkMailIT extends MailTestSupport {

    private static final Pattern TOKEN_LINK =
            Pattern.compile("https://portal\\.example\\.test/account/set-password\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    ClientAccountOnboarding onboarding;

    @Autowired
    AccountLinkRepository links;

    @Test
    void a_new_client_gets_an_invitation_whose_token_is_stored_only_as_its_hash() throws Exception {
        String email = "intake-" + System.nanoTime() + "@firm.example";

        OnboardedClient client = new TransactionTemplate(transactionManager).execute(status ->
                onboarding.ensureClientAccount(email, "Intake Person", Locale.of("ru"), ZoneId.of("Europe/Paris")));

        assertThat(client.created()).isTrue();
        MimeMessage mail = await().atMost(DELIVERY).until(() -> TestSmtp.receivedBy(email), mails -> mails.size() == 1)
                .getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ваша учётная запись на Портале экспертных заключений");
        List<String> parts = TestSmtp.textParts(mail);
        Matcher text = TOKEN_LINK.matcher(parts.get(0));
        assertThat(text.find()).as("the text part carries the link").isTrue();
        String token = text.group(1);
        assertThat(parts.get(1)).contains("set-password?token=" + token).doesNotContain("Intake Person");

        var link = links.findByTokenHash(sha256(token)).orElseThrow();
        assertThat(link.getAccountId()).isEqualTo(client.accountId());
        assertThat(link.getPurpose()).isEqualTo(LinkPurpose.INVITATION);
        assertThat(link.getUsedAt()).isEmpty();
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outbox.findByRecipientAccountId(client.accountId()))
                .singleElement().satisfies(row -> {
                    assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
                    assertThat(row.getType()).isEqualTo(AlertType.ACCOUNT_INVITATION);
                    assertThat(row.getLinkPath()).as("the outbox keeps no token").isEqualTo("/account/set-password");
                    assertThat(row.getAccountLinkId()).contains(link.getId());
                }));
    }

    @Test
    void a_known_email_gets_no_account_and_no_mail_from_the_hook() {
        var existing = account(Role.CLIENT, null);

        OnboardedClient client = new TransactionTemplate(transactionManager).execute(status ->
                onboarding.ensureClientAccount(existing.getEmail().toUpperCase(Locale.ROOT), "Other", Locale.ENGLISH,
                        null));

        assertThat(client).isEqualTo(new OnboardedClient(existing.getId(), false));
        assertThat(outboxOf(existing)).isEmpty();
        assertThat(TestSmtp.receivedBy(existing.getEmail())).isEmpty();
        assertThat(accounts.findByEmail(existing.getEmail()).orElseThrow().getPasswordHash()).isPresent();
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
