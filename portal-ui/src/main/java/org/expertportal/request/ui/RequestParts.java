package org.expertportal.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.tracking.ClientRequestViews.MessageEntry;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.Texts;

/**
 * Pieces the client's and the staff's request pages share: the timeline and the message thread.
 * Text people wrote is set as text (never HTML) and marked as content.
 */
public final class RequestParts {

    private RequestParts() {}

    /** Translates a key with arguments in the page's language. */
    public interface Translator extends BiFunction<String, Object[], String> {
        default String t(String key, Object... args) {
            return apply(key, args);
        }
    }

    /**
     * Shows the request the address names through {@code page}, or the portal's not-found page when
     * it does not exist for this person: another client's request looks exactly like an unknown one
     * (docs/adr/026).
     *
     * @return the reference as the address gives it
     */
    public static <P> String showOrNotFound(BeforeEnterEvent event, Function<String, P> page, Consumer<P> render) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        try {
            render.accept(page.apply(reference));
        } catch (NotFoundException missing) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
        return reference;
    }

    /** The timeline; {@code statusKey} names statuses for the reader (the client's or staff's words). */
    public static Component timeline(List<TimelineEntry> entries, ZoneId zone, Locale locale, Translator tr,
            Function<RequestStatus, String> statusKey) {
        var list = new OrderedList();
        list.setId("timeline");
        for (TimelineEntry entry : entries) {
            var item = new ListItem();
            item.addClassName("portal-timeline-entry");
            String what = entry.from().isEmpty()
                    ? tr.t("request.timeline.submitted", tr.t(statusKey.apply(entry.to())))
                    : tr.t("request.timeline.changed", tr.t(statusKey.apply(entry.from().get())),
                            tr.t(statusKey.apply(entry.to())));
            if (entry.detail().isPresent()) {
                // A consultation entry: say what happened, and the status only when it moved.
                String detail = tr.t(entry.detail().get().nameKey());
                what = entry.from().filter(from -> from != entry.to()).isPresent() ? detail + " · " + what : detail;
            }
            item.add(new Span(new DateTimeTexts(locale, zone).dateTimeInZone(entry.at()) + " · "), Texts.content(new Span(entry.actor())),
                    new Span(" · " + what));
            entry.reason().ifPresent(reason -> item.add(new Span(" · " + tr.t(reason.nameKey()))));
            entry.note().ifPresent(note -> item.add(Texts.content(new Paragraph(note))));
            list.add(item);
        }
        return new Div(new H2(tr.t("request.timeline.title")), list);
    }

    public static Div thread(List<MessageEntry> messages, ZoneId zone, Locale locale, Translator tr) {
        var thread = new Div();
        thread.setId("messages");
        if (messages.isEmpty()) {
            thread.add(new Paragraph(tr.t("request.messages.empty")));
        }
        for (MessageEntry message : messages) {
            var box = new Div();
            box.addClassName("portal-reply");
            box.setId("message-" + message.id());
            box.add(new Paragraph(new Span(new DateTimeTexts(locale, zone).dateTimeInZone(message.at()) + " · "),
                    Texts.content(new Span(message.author())),
                    new Span(" · " + tr.t(message.fromStaff() ? "request.messages.from-staff" : "request.messages.from-client"))));
            var text = Texts.content(new Paragraph(message.body()));
            text.getStyle().set("white-space", "pre-wrap");
            box.add(text);
            thread.add(box);
        }
        return thread;
    }
}
