package org.expertportal.country;

import java.net.URI;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.expertportal.shared.text.UserText;

/** A source as an editor types it; {@link #refusal()} says what is wrong with it, if anything. */
public record SourceDraft(String title, String publisher, int year, String url) {

    public SourceDraft {
        title = title == null ? "" : title.strip();
        publisher = publisher == null ? "" : publisher.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** The translation key of the first problem, or empty when the source can be published. */
    public Optional<String> refusal() {
        if (title.isEmpty() || title.length() > 300) {
            return Optional.of("country.edit.source.title.invalid");
        }
        if (publisher.isEmpty() || publisher.length() > 200) {
            return Optional.of("country.edit.source.publisher.invalid");
        }
        if (year < 1900 || year > Year.now().getValue() + 1) {
            return Optional.of("country.edit.source.year.invalid");
        }
        if (url != null && !isWebLink(url)) {
            return Optional.of("country.edit.source.url.invalid");
        }
        for (String text : new String[] {title, publisher, url}) {
            Optional<String> hidden = UserText.refusal(text, UserText.Kind.LINE);
            if (hidden.isPresent()) {
                return hidden;
            }
        }
        return Optional.empty();
    }

    private static boolean isWebLink(String candidate) {
        if (candidate.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
