package org.expertportal.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The drawer's language buttons: plain {@code vaadin-button} elements, each named in its own
 * language, and one listener on their row that reads which was pressed. A {@code Button}
 * component per language would keep a component, its click listener and its disable-on-click
 * support per person on every page (issue #18, docs/adr/051). The buttons keep their ids
 * ({@code drawer-language-<code>}) and are buttons to the keyboard and to screen readers.
 */
@Tag("div")
// The buttons come with the Button component's own dependencies (no frontend build).
@Uses(Button.class)
final class LanguageSwitch extends Div {

    /** What the browser sends: the language of the button pressed. */
    static final String PRESSED = "event.target.closest('vaadin-button').lang";
    /** Only a press on a button reaches the server, not one between them. */
    static final String ON_A_BUTTON = "event.target.closest('vaadin-button') != null";

    /**
     * @param labels the name of each language, in its own language, in the order of {@code languages}
     * @param chosen called with the language pressed, only ever one of {@code languages}
     */
    LanguageSwitch(List<Locale> languages, List<String> labels, Locale current, Consumer<Locale> chosen) {
        for (int i = 0; i < languages.size(); i++) {
            Locale locale = languages.get(i);
            Element button = new Element("vaadin-button");
            button.setText(labels.get(i));
            button.setAttribute("id", "drawer-language-" + locale.getLanguage());
            // Each language is named in its own script: lang lets the browser pick its font.
            button.setAttribute("lang", locale.getLanguage());
            boolean isCurrent = locale.equals(current);
            button.setAttribute("theme", isCurrent ? "small primary" : "small");
            if (isCurrent) {
                button.setAttribute("aria-pressed", "true");
            }
            getElement().appendChild(button);
        }
        getElement().addEventListener("click", event -> {
            String pressed = event.getEventData().path(PRESSED).asString("");
            // Only a language offered here is taken; anything else a client sends is ignored.
            languages.stream().filter(locale -> locale.getLanguage().equals(pressed)).findFirst().ifPresent(chosen);
        }).setFilter(ON_A_BUTTON).addEventData(PRESSED);
    }
}
