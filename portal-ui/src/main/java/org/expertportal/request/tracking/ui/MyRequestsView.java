package org.expertportal.request.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestReference;
import org.expertportal.request.tracking.ClientRequestViews.RequestLine;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.ui.Screen;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * A client's requests and their organisation's: where each stands and what happens next, newest
 * activity first, paged lazily through the use case.
 */
@Route("my/requests")
@RolesAllowed(Roles.CLIENT)
@Menu(order = 5, title = "menu.my-requests", icon = "vaadin:folder-open-o")
class MyRequestsView extends Div implements HasDynamicTitle {

    /** Longer than any reference, ours or the client's own. */
    private static final int SEARCH_LENGTH = 60;

    MyRequestsView(RequestTrackingService tracking, AccountService accounts) {
        addClassName("portal-page");
        ZoneId zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        var newRequest = new Button(getTranslation("request.action.new"),
                click -> getUI().ifPresent(ui -> ui.navigate("request")));
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.setId("new-request");

        var search = new TextField(getTranslation("request.list.search"));
        var empty = new Paragraph(getTranslation("request.list.empty"));
        empty.setId("no-requests");
        empty.setVisible(tracking.countMyRequests() == 0);
        add(new H1(getTranslation("request.list.title")), newRequest, empty, search);
        // Wider screens: a table whose cells wrap rather than cut words ("Full ex..."); phones get cards. Only the
        // one the window's width at start asks for is built; when the browser did not say, both, and the
        // stylesheet shows one.
        Screen screen = Screen.atStart();
        Optional<Grid<RequestLine>> table = screen.mayBeWide() ? Optional.of(table(tracking, zone, search))
                : Optional.empty();
        Optional<Cards> cards = screen.mayBeNarrow() ? Optional.of(new Cards(tracking, zone, search::getValue))
                : Optional.empty();
        if (screen == Screen.UNKNOWN) {
            table.orElseThrow().addClassName("portal-wide-only");
            cards.orElseThrow().addClassName("portal-narrow-only");
        }
        table.ifPresent(this::add);
        cards.ifPresent(this::add);
        search.setId("my-requests-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(SEARCH_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(changed -> {
            table.ifPresent(grid -> grid.getDataProvider().refreshAll());
            cards.ifPresent(Cards::restart);
        });
    }

    private Grid<RequestLine> table(RequestTrackingService tracking, ZoneId zone, TextField search) {
        var grid = new Grid<RequestLine>();
        grid.setId("my-requests");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(line -> {
                    var link = new RouterLink(line.reference(), MyRequestView.class,
                            new RouteParameters("reference", RequestReference.of(line.reference()).urlForm()));
                    link.setId("request-" + line.reference());
                    return link;
                })
                .setHeader(getTranslation("request.column.reference")).setAutoWidth(true);
        grid.addComponentColumn(line -> Texts.content(new Span(line.yourReference().orElse(""))))
                .setHeader(getTranslation("request.column.your-reference")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation(Texts.countryKey(line.countryCode())))
                .setHeader(getTranslation("request.column.country")).setAutoWidth(true);
        grid.addColumn(line -> line.services().stream().map(s -> getTranslation(s.nameKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("request.column.requested")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(line -> getTranslation(line.status().nameKey()))
                .setHeader(getTranslation("request.column.status")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation(line.status().nextStepKey()))
                .setHeader(getTranslation("request.column.next-step")).setFlexGrow(2);
        grid.addColumn(line -> response(line, zone))
                .setHeader(getTranslation("request.column.response")).setAutoWidth(true);
        grid.addColumn(line -> line.hearingDate().map(this::date).orElse("—"))
                .setHeader(getTranslation("request.column.hearing")).setAutoWidth(true);
        grid.addColumn(line -> new DateTimeTexts(getLocale(), zone).dateTimeInZone(line.lastActivityAt()))
                .setHeader(getTranslation("request.column.updated")).setAutoWidth(true);
        grid.setItems(query -> tracking.myRequests(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) tracking.countMyRequests(search.getValue()));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        return grid;
    }

    /**
     * The same requests as cards for phones: reference, country, status and what happens next
     * first, so nothing a client needs is off-screen; more on request.
     */
    private final class Cards extends Div {

        private static final int PAGE = 20;
        private final RequestTrackingService tracking;
        private final ZoneId zone;
        private final Supplier<String> search;
        private final UnorderedList list = new UnorderedList();
        private final Button more = new Button(getTranslation("request.list.more"));
        private int shown;

        Cards(RequestTrackingService tracking, ZoneId zone, Supplier<String> search) {
            this.tracking = tracking;
            this.zone = zone;
            this.search = search;
            list.setId("my-request-cards");
            list.addClassName("portal-list-cards");
            more.setId("more-request-cards");
            more.addClickListener(click -> showMore());
            add(list, more);
            showMore();
        }

        private void showMore() {
            var lines = tracking.myRequests(search.get(), shown, PAGE);
            lines.forEach(line -> list.add(card(line)));
            shown += lines.size();
            more.setVisible(lines.size() == PAGE && shown < tracking.countMyRequests(search.get()));
        }

        /** From the first card again, for a new search. */
        void restart() {
            list.removeAll();
            shown = 0;
            showMore();
        }

        private ListItem card(RequestLine line) {
            var link = new RouterLink(line.reference(), MyRequestView.class,
                    new RouteParameters("reference", RequestReference.of(line.reference()).urlForm()));
            link.setId("card-request-" + line.reference());
            var status = new Span(getTranslation(line.status().nameKey()));
            status.addClassName("portal-badge");
            status.addClassName("portal-request-status");
            status.setId("card-status-" + line.reference());
            var head = new Div(link, status);
            line.yourReference().ifPresent(yours -> {
                var own = Texts.content(new Span(getTranslation("request.your-reference.shown", yours)));
                own.setId("card-your-reference-" + line.reference());
                head.add(own);
            });
            head.addClassName("portal-list-card-head");
            var country = new Paragraph(getTranslation(Texts.countryKey(line.countryCode())) + " · "
                    + line.services().stream().map(s -> getTranslation(s.nameKey())).collect(Collectors.joining(", ")));
            var next = new Paragraph(getTranslation("request.column.next-step") + ": "
                    + getTranslation(line.status().nextStepKey()));
            next.addClassName("portal-muted");
            // The answer's time and the hearing matter most on the move: both on the card.
            var when = new Paragraph(response(line, zone) + line.hearingDate()
                    .map(date -> " · " + getTranslation("request.column.hearing") + ": " + date(date)).orElse(""));
            when.setId("card-when-" + line.reference());
            var card = new ListItem(head, country, when, next);
            card.addClassName("portal-list-card");
            card.setId("card-" + line.reference());
            return card;
        }
    }

    /** "Answered in 12 minutes" or "We respond by 2 Dec 2026, 14:45 (London)". */
    private String response(RequestLine line, ZoneId zone) {
        return line.answeredInMinutes()
                .map(minutes -> getTranslation("request.answered-in", minutes))
                .orElseGet(() -> getTranslation("request.respond-by",
                        new DateTimeTexts(getLocale(), zone).dateTimeInZone(line.respondBy())));
    }

    private String date(LocalDate date) {
        return DateTimeTexts.date(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title") + " | " + getTranslation("app.name");
    }
}
