package org.expertportal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.locale.PersonLocale;
import org.expertportal.locale.PortalLanguages;
import org.expertportal.locale.TranslatedText;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an alert's mail in the recipient's language and time zone: the subject from
 * {@code mail/messages*.properties}, the bodies from {@code mail/templates/<type>.html} and
 * {@code .txt}. Templates see only a reference, a link and a time, so they cannot show more.
 */
@Component
public class AlertMailComposer {

    /** What one mail says. */
    public record ComposedMail(String subject, String text, String html) {}

    /** Left-to-right isolate and its end: a reference, a time or a link inside Arabic or Farsi text. */
    private static final String LTR_ISOLATE = "\u2066";
    private static final String POP_ISOLATE = "\u2069";
    private static final String BUNDLE = "mail.messages";
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final MailSettings settings;
    private final TemplateEngine templates = new TemplateEngine();

    public AlertMailComposer(MailSettings settings) {
        this.settings = settings;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/templates/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setMessageResolver(new BundleMessages());
    }

    /** The portal's language the account chose ({@link PortalLanguages}), else English. */
    public static Locale language(Locale preferred) {
        return PortalLanguages.supported(preferred);
    }

    /**
     * The variables every mail shares: its language and direction ({@code <html lang dir>}; Arabic
     * and Farsi mails are right to left) and the links.
     */
    private Context context(Locale locale, String linkPath) {
        var context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", PortalLanguages.isRightToLeft(locale) ? "rtl" : "ltr");
        context.setVariable("link", settings.link(linkPath));
        context.setVariable("portalLink", settings.link("/"));
        return context;
    }

    /**
     * A reference, a time or a link as it is put into a sentence: in a right-to-left mail it is
     * wrapped in a left-to-right isolate, so that "ER-2026-000123" and "2 Dec 2026, 14:45" keep
     * their order inside Arabic text, in the HTML and in the plain-text part alike.
     */
    private static String isolated(Locale locale, String value) {
        return value == null || !PortalLanguages.isRightToLeft(locale) ? value : LTR_ISOLATE + value + POP_ISOLATE;
    }

    public ComposedMail compose(AlertType type, Locale preferred, String reference, String linkPath, Instant occurredAt) {
        return compose(type, preferred, settings.zone(), reference, linkPath, occurredAt);
    }

    /** In the recipient's language, with times in the recipient's zone. */
    public ComposedMail compose(AlertType type, Locale preferred, ZoneId zone, String reference, String linkPath,
            Instant occurredAt) {
        Locale locale = language(preferred);
        var context = context(locale, linkPath);
        context.setVariable("reference", isolated(locale, reference));
        context.setVariable("time", isolated(locale, new DateTimeTexts(formats(preferred), zone).dateTimeInZone(occurredAt)));
        context.setVariable("changes", List.of());
        String subject = message(locale, type.key() + ".subject", isolated(locale, reference));
        context.setVariable("subject", subject);
        return new ComposedMail(subject,
                templates.process(type.key() + ".txt", context).strip() + "\n",
                templates.process(type.key() + ".html", context));
    }

    /**
     * One email for a request's updates within the window (docs/adr/038): the usual request-update
     * mail, whose time is the first update's, and a list of the kinds of change with how many of
     * each ("A reply from our staff (2)"). Kinds only: never the reply, the status or a name. An
     * alert kept before kinds existed ({@code null}) counts as "another update".
     */
    public ComposedMail composeRequestUpdates(Locale preferred, ZoneId zone, String reference, String linkPath,
            Instant firstAt, List<RequestChange> changes) {
        Locale locale = language(preferred);
        Map<String, Long> counts = changes.stream()
                .collect(Collectors.groupingBy(change -> change == null ? "other" : change.key(),
                        LinkedHashMap::new, Collectors.counting()));
        var context = context(locale, linkPath);
        context.setVariable("reference", isolated(locale, reference));
        context.setVariable("time", isolated(locale, new DateTimeTexts(formats(preferred), zone).dateTimeInZone(firstAt)));
        context.setVariable("changes", counts.entrySet().stream()
                .map(entry -> message(locale, "request-updated.item",
                        message(locale, "request-updated.change." + entry.getKey()), entry.getValue()))
                .toList());
        String subject = message(locale, "request-updated.subject", isolated(locale, reference));
        context.setVariable("subject", subject);
        String key = AlertType.REQUEST_UPDATED.key();
        return new ComposedMail(subject,
                templates.process(key + ".txt", context).strip() + "\n",
                templates.process(key + ".html", context));
    }

    /**
     * One email for a day's optional alerts: how many there were, of which kinds (their subjects,
     * which never carry case details), and the link to the portal.
     */
    public ComposedMail composeDigest(Locale preferred, List<AlertType> types, Instant at) {
        return composeDigest(preferred, settings.zone(), types, at);
    }

    public ComposedMail composeDigest(Locale preferred, ZoneId zone, List<AlertType> types, Instant at) {
        Locale locale = language(preferred);
        Map<AlertType, Long> counts = types.stream()
                .collect(Collectors.groupingBy(type -> type, () -> new EnumMap<>(AlertType.class),
                        Collectors.counting()));
        var context = context(locale, "/home");
        context.setVariable("count", types.size());
        context.setVariable("items", counts.entrySet().stream()
                .map(entry -> message(locale, "daily-digest.item", message(locale, entry.getKey().key() + ".subject"),
                        entry.getValue()))
                .toList());
        context.setVariable("time", isolated(locale, new DateTimeTexts(formats(preferred), zone).date(at)));
        String subject = message(locale, "daily-digest.subject", types.size());
        context.setVariable("subject", subject);
        return new ComposedMail(subject,
                templates.process("daily-digest.txt", context).strip() + "\n",
                templates.process("daily-digest.html", context));
    }

    /**
     * The locale dates and times are written in: the recipient's own when it names a region
     * (en-US), else their language with the deployment's default region (en becomes en-GB).
     */
    private Locale formats(Locale preferred) {
        Locale language = language(preferred);
        return preferred != null && PersonLocale.isRegion(preferred.getCountry())
                ? PersonLocale.of(language, preferred.getCountry())
                : settings.formatsOf(Optional.of(language), Optional.empty());
    }

    /** The neutral title of a consultation in calendars: "Consultation, ER-2026-000123". */
    public String consultationSummary(Locale preferred, String reference) {
        Locale locale = language(preferred);
        return message(locale, "consultation.ics.summary", isolated(locale, reference));
    }

    private static String message(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ROOT : locale, NO_SYSTEM_LOCALE_FALLBACK);
        String pattern = bundle.getString(key);
        return TranslatedText.format(pattern, locale, arguments);
    }

    /** {@code #{key(args)}} in templates, from the same bundle as the subjects. */
    private static final class BundleMessages extends AbstractMessageResolver {
        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            try {
                return message(language(context.getLocale()), key, arguments);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            // A missing text must never go out quietly: fail the send, which is then retried and shown.
            throw new IllegalStateException("Missing mail text " + key + " for " + context.getLocale());
        }
    }
}
