package org.expertportal.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.expertportal.locale.PersonLocale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are sent ({@code portal.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the no-reply sender address
 * @param replyTo where a reply goes: the staff's contact address
 * @param baseUrl the portal's public address, for links in mails
 * @param timeZone the time zone for times in mails to recipients who chose none
 * @param timeout SMTP connect, read and write timeout each; never infinite
 * @param retryDelays waits after the first, second... failed attempt; the last one repeats
 * @param giveUpAfter how long an alert is retried before it is marked failed
 * @param pollInterval how often the dispatcher looks for due alerts besides after each commit
 * @param sendingLease how long a claimed alert stays reserved for the dispatcher that claimed it
 * @param digestHour the hour (recipient's time) at which daily-digest alerts go out
 * @param requestUpdateWindow how long a request's first update waits for further ones, so that they
 *     go out as one email ({@code PORTAL_ALERT_DIGEST_MINUTES}; zero sends each at once; docs/adr/038)
 * @param defaultRegion whose date and time formats a recipient reads who chose no region of their
 *     own ({@code PORTAL_DEFAULT_REGION}, an ISO 3166 code)
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @DefaultValue("no-reply@example.org") String from,
        @DefaultValue("reports@example.org") String replyTo,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Europe/London") String timeZone,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue({"1m", "5m", "15m", "1h"}) List<Duration> retryDelays,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("5m") Duration sendingLease,
        @DefaultValue("8") int digestHour,
        @DefaultValue("10m") Duration requestUpdateWindow,
        @DefaultValue(PersonLocale.DEFAULT_REGION) String defaultRegion) {

    /** The locale whose formats {@code account} reads: their language with their region, else the default. */
    public Locale formatsOf(Optional<Locale> language, Optional<String> region) {
        return PersonLocale.resolve(language.orElse(Locale.ENGLISH), region, List.of(), defaultRegion);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The domain of the sender address, which every Message-ID ends with. */
    String messageIdDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "expert-portal.invalid" : from.substring(at + 1);
    }

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
