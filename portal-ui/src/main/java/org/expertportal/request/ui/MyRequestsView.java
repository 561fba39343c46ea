package org.expertportal.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.ClientRequestViews.RequestLine;
import org.expertportal.request.RequestTrackingService;
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

    MyRequestsView(RequestTrackingService tracking, AccountService accounts) {
        addClassName("portal-page");
        ZoneId zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        var newRequest = new Button(getTranslation("request.action.new"),
                click -> getUI().ifPresent(ui -> ui.navigate("request")));
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.setId("new-request");

        var grid = new Grid<RequestLine>();
        grid.setId("my-requests");
        grid.addComponentColumn(line -> {
                    var link = new RouterLink(line.reference(), MyRequestView.class,
                            new com.vaadin.flow.router.RouteParameters("reference", line.reference().toLowerCase()));
                    link.setId("request-" + line.reference());
                    return link;
                })
                .setHeader(getTranslation("request.column.reference")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("country." + line.countryCode()))
                .setHeader(getTranslation("request.column.country")).setAutoWidth(true);
        grid.addColumn(line -> line.services().stream().map(s -> getTranslation(s.nameKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("request.column.requested"));
        grid.addColumn(line -> getTranslation(line.status().nameKey()))
                .setHeader(getTranslation("request.column.status")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation(line.status().nextStepKey()))
                .setHeader(getTranslation("request.column.next-step")).setFlexGrow(2);
        grid.addColumn(line -> line.answeredInMinutes()
                        .map(minutes -> getTranslation("request.answered-in", minutes))
                        .orElseGet(() -> getTranslation("request.respond-by",
                                new DateTimeTexts(getLocale(), zone).dateTimeInZone(line.respondBy()))))
                .setHeader(getTranslation("request.column.response")).setAutoWidth(true);
        grid.addColumn(line -> line.hearingDate().map(date -> DateTimeTexts.date(date, getLocale())).orElse("—"))
                .setHeader(getTranslation("request.column.hearing")).setAutoWidth(true);
        grid.addColumn(line -> new DateTimeTexts(getLocale(), zone).dateTimeInZone(line.lastActivityAt()))
                .setHeader(getTranslation("request.column.updated")).setAutoWidth(true);
        grid.setItems(query -> tracking.myRequests(query.getOffset(), query.getLimit()).stream(),
                query -> (int) tracking.countMyRequests());
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");

        var empty = new Paragraph(getTranslation("request.list.empty"));
        empty.setId("no-requests");
        empty.setVisible(tracking.countMyRequests() == 0);
        add(new H1(getTranslation("request.list.title")), newRequest, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title") + " | " + getTranslation("app.name");
    }
}
