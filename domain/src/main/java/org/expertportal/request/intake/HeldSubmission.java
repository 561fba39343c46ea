package org.expertportal.request.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;

/**
 * A held form as text ({@link Properties} format: every value escaped, nothing interpreted), so
 * that the held request needs one column however the form grows. Only the values the form had;
 * the honeypot is never kept.
 */
final class HeldSubmission {

    private HeldSubmission() {}

    static String encode(RequestSubmission form) {
        var values = new Properties();
        put(values, "requesterKind", form.requesterKind() == null ? null : form.requesterKind().name());
        put(values, "name", form.name());
        put(values, "organisation", form.organisation());
        put(values, "email", form.email());
        put(values, "phone", form.phone());
        put(values, "whatsapp", form.whatsapp());
        put(values, "preferredChannel", form.preferredChannel() == null ? null : form.preferredChannel().name());
        put(values, "safeByEmail", form.safeByEmail() == null ? null : form.safeByEmail().toString());
        put(values, "safeByPhone", form.safeByPhone() == null ? null : form.safeByPhone().toString());
        put(values, "safeByWhatsapp", form.safeByWhatsapp() == null ? null : form.safeByWhatsapp().toString());
        // Marks answers asked one by one (docs/adr/037); held before, an unticked box was no answer.
        put(values, "safeAsked", "true");
        put(values, "countryCode", form.countryCode());
        put(values, "themeKeys", String.join(",", form.themeKeys()));
        put(values, "caseStage", form.caseStage() == null ? null : form.caseStage().name());
        put(values, "hearingDate", form.hearingDate() == null ? null : form.hearingDate().toString());
        put(values, "legalAid", Boolean.toString(form.legalAid()));
        put(values, "preferredLanguage", form.preferredLanguage());
        put(values, "summary", form.summary());
        put(values, "services", form.services().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(values, "consent", Boolean.toString(form.consent()));
        put(values, "kind", form.kind().name());
        put(values, "requestedExpertId", form.requestedExpertId() == null ? null : form.requestedExpertId().toString());
        var out = new StringWriter();
        try {
            values.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties writes a date comment first: not part of the form.
        return out.toString().lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    }

    static RequestSubmission decode(String text) {
        var values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kind = values.getProperty("requesterKind");
        String channel = values.getProperty("preferredChannel");
        String stage = values.getProperty("caseStage");
        String hearing = values.getProperty("hearingDate");
        // Held before short requests existed: a case.
        String requestKind = values.getProperty("kind", RequestKind.CASE.name());
        // Held before channels were asked about one by one: an unticked phone or WhatsApp box was
        // a default left alone, not an answer (email started ticked, so unticking it was one).
        boolean asked = Boolean.parseBoolean(values.getProperty("safeAsked"));
        String expert = values.getProperty("requestedExpertId");
        return new RequestSubmission(
                kind == null ? null : RequesterKind.valueOf(kind),
                values.getProperty("name"),
                values.getProperty("organisation"),
                values.getProperty("email"),
                values.getProperty("phone"),
                values.getProperty("whatsapp"),
                channel == null ? null : ContactChannel.valueOf(channel),
                answer(values, "safeByEmail", true),
                answer(values, "safeByPhone", asked),
                answer(values, "safeByWhatsapp", asked),
                values.getProperty("countryCode"),
                list(values.getProperty("themeKeys")),
                stage == null ? null : CaseStage.valueOf(stage),
                hearing == null ? null : LocalDate.parse(hearing),
                Boolean.parseBoolean(values.getProperty("legalAid")),
                values.getProperty("preferredLanguage"),
                values.getProperty("summary"),
                list(values.getProperty("services")).stream().map(RequestedService::valueOf)
                        .collect(Collectors.toSet()),
                Boolean.parseBoolean(values.getProperty("consent")),
                null,
                RequestKind.valueOf(requestKind),
                expert == null ? null : Long.valueOf(expert));
    }

    private static Boolean answer(Properties values, String key, boolean noIsAnAnswer) {
        String value = values.getProperty(key);
        if (value == null) {
            return null;
        }
        boolean yes = Boolean.parseBoolean(value);
        return yes || noIsAnAnswer ? yes : null;
    }

    private static void put(Properties values, String key, String value) {
        if (value != null) {
            values.setProperty(key, value);
        }
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

}
