package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Small formatting rules every page shares: language names from ISO codes in the page's language,
 * sizes in the page's locale (dates and times: {@link org.expertportal.locale.DateTimeTexts}), and the marker for text that users wrote themselves.
 */
public final class Texts {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    private Texts() {}

    /**
     * The translation key of a request's country: a short request may name none (docs/adr/039),
     * which reads "No country given", never a raw key.
     */
    public static String countryKey(String isoCode) {
        return isoCode == null || isoCode.isBlank() ? "request.country.none" : "country." + isoCode;
    }

    /** "mn" becomes "Mongolian" in English and "Монгольский" in Russian. */
    public static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isBlank() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static String languageNames(List<String> codes, Locale locale) {
        return codes.stream().map(code -> languageName(code, locale)).collect(Collectors.joining(", "));
    }

    /** A choice matches what was typed in its label or its code ("london", "Europe/London", "gb"). */
    public static boolean matches(String label, String code, String filter) {
        String typed = filter.strip().toLowerCase(Locale.ROOT);
        return label.toLowerCase(Locale.ROOT).contains(typed) || code.toLowerCase(Locale.ROOT).contains(typed);
    }

    /**
     * A file size as people read it, in the page's locale and units: "512 B", "340 kB", "1.4 MB",
     * "25 MB". Below a megabyte it is kilobytes (never "0.0 MB"); kilobytes round up, so that a
     * small file never shows as "0 kB". {@code translate} gives the unit names (the upload keys).
     */
    public static String fileSize(long bytes, Locale locale, Function<String, String> translate) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (bytes < KILOBYTE) {
            return format.format(Math.max(bytes, 0)) + " " + translate.apply("upload.unit.b");
        }
        if (bytes < MEGABYTE) {
            long kilobytes = Math.min((bytes + KILOBYTE - 1) / KILOBYTE, 1023);
            return format.format(kilobytes) + " " + translate.apply("upload.unit.kb");
        }
        double megabytes = bytes / (double) MEGABYTE;
        format.setMaximumFractionDigits(megabytes < 10 ? 1 : 0);
        return format.format(megabytes) + " " + translate.apply("upload.unit.mb");
    }

    /**
     * Marks a component as holding content people wrote (an expert's name, a sample's title), shown
     * as written and never translated: the class {@code portal-content}, which the language test
     * skips, and HTML's own {@code translate="no"} for browsers' translation tools. Text (not a
     * field) is also isolated with {@code dir="auto"}: its direction comes from its own first strong
     * letter, so an Arabic name or a stored direction override never reorders the words around it
     * (a name cannot make "Staff: Anna" read differently; docs/adr/034).
     */
    public static <C extends Component & HasStyle> C content(C component) {
        component.addClassName("portal-content");
        component.getElement().setAttribute("translate", "no");
        if (!(component instanceof HasValue<?, ?>)) {
            component.getElement().setAttribute("dir", "auto");
        }
        return component;
    }

    /**
     * Fills {@code target} with the translated {@code sentence}. On a right-to-left page (Arabic,
     * Farsi) {@code value} (a reference, an email address, a phone number) is its own left-to-right
     * run ({@code dir="ltr"}, class {@code portal-ltr}): "ER-2026-000123" keeps its order and the
     * punctuation around it stays with the sentence. No invisible characters are added, so a
     * reference copied from the page is the reference. A left-to-right page gets the plain sentence.
     */
    public static <C extends HasComponents & HasText> C withLeftToRight(C target, String sentence, String value) {
        int at = value == null || value.isEmpty() ? -1 : sentence.indexOf(value);
        UI ui = UI.getCurrent();
        if (at < 0 || ui == null || !PortalTranslations.isRightToLeft(ui.getLocale())) {
            target.setText(sentence);
            return target;
        }
        var run = new Span(value);
        run.addClassName("portal-ltr");
        run.getElement().setAttribute("dir", "ltr");
        if (at > 0) {
            target.add(new Text(sentence.substring(0, at)));
        }
        target.add(run);
        if (at + value.length() < sentence.length()) {
            target.add(new Text(sentence.substring(at + value.length())));
        }
        return target;
    }
}
