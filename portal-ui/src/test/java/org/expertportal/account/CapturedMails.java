package org.expertportal.account;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.notification.SentMailArchive.CapturedMail;

/** Reads what the embedded mail server captured (as the demo's /admin/mail does), for tests. */
public final class CapturedMails {

    private static final Pattern LINK = Pattern.compile("(/(?:account|request)/[a-z-]+\\?token=[A-Za-z0-9_-]{43})");

    private CapturedMails() {}

    public static List<CapturedMail> to(SentMailArchive archive, String address) {
        return archive.list().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /**
     * How long a mail may take: the test context is shared, so an earlier class's burst (RequestIntakeIT
     * submits hundreds of requests, four alerts each) can still be draining at about 15 mails a second.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(120);

    /** Waits for a mail to the address with this subject and returns its text. */
    public static String awaitText(SentMailArchive archive, String address, String subject) {
        CapturedMail mail = await().atMost(DELIVERY).until(
                () -> to(archive, address).stream().filter(m -> m.subject().equals(subject)).findFirst(),
                found -> found.isPresent()).orElseThrow();
        return archive.textOf(mail.fileName()).orElseThrow();
    }

    /** The portal path with its token, e.g. {@code /account/set-password?token=...}, from a link mail. */
    public static String awaitLink(SentMailArchive archive, String address, String subject) {
        Matcher link = LINK.matcher(awaitText(archive, address, subject));
        if (!link.find()) {
            throw new AssertionError("no token link in the mail " + subject);
        }
        return link.group(1);
    }
}
