package org.expertportal.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of what people wrote and the portal stores: country articles, experts' bios and CV
 * lines. The model records no language for these texts; they are written in English, so they are
 * treated as English here. To a reader in another language, a short note in that reader's
 * language says so ("This text is in English."), until the texts are translated and the model
 * records their language.
 */
public final class ContentLanguage {

    /** The language of every stored article, bio and CV line, as long as the model records none. */
    public static final Locale STORED_TEXTS = Locale.ENGLISH;

    private ContentLanguage() {}

    /**
     * The note to place just before a stored text, or empty when the reader reads the text's own
     * language. The note is the portal's own text (from the bundles), not content.
     */
    public static Optional<Paragraph> note(Locale reader) {
        if (STORED_TEXTS.getLanguage().equals(reader.getLanguage())) {
            return Optional.empty();
        }
        var note = new Paragraph();
        note.setText(note.getTranslation(reader, "content.in-english"));
        note.addClassNames("portal-muted", "portal-language-note");
        note.getElement().setAttribute("lang", reader.toLanguageTag());
        return Optional.of(note);
    }
}
