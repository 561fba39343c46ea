package org.expertportal.request.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.account.Roles;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestReference;
import org.expertportal.request.tracking.ClientDashboard;
import org.expertportal.request.tracking.ClientDashboard.DeliveredReport;
import org.expertportal.request.tracking.ClientDashboard.Hearing;
import org.expertportal.request.tracking.ClientDashboard.NeedsYou;
import org.expertportal.request.tracking.ClientDashboardService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The client's home (clients reaching {@code /home} land here): what needs them, the hearings to
 * come with the days left, and the reports delivered lately with a download button. Sections with
 * nothing in them are left out; when all are, one sentence says so and where to go instead.
 */
@Route("my")
@RolesAllowed(Roles.CLIENT)
class MyDashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** Routes, not text. */
    private static final String MY_REQUESTS = "my/requests";
    private static final String NEW_REQUEST = "request";

    private final ClientDashboardService dashboards;
    private final RequestTrackingService tracking;
    private final AccountService accounts;

    MyDashboardView(ClientDashboardService dashboards, RequestTrackingService tracking, AccountService accounts) {
        this.dashboards = dashboards;
        this.tracking = tracking;
        this.accounts = accounts;
        addClassNames("portal-page", "client-dashboard");
    }

    /** Built on every visit, so that coming back to the home page shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AccountSummary account = accounts.currentAccount().orElseThrow();
        ZoneId zone = VisitorZone.of(account.timeZone());
        DateTimeTexts texts = new DateTimeTexts(getLocale(), zone);
        ClientDashboard dashboard = dashboards.dashboard(zone);

        var greeting = new H1(getTranslation("home.greeting", account.displayName()));
        greeting.setId("home-greeting");
        add(greeting);
        if (!dashboard.needsYou().isEmpty()) {
            add(section("dashboard-needs-you", "dashboard.needs-you.title",
                    dashboard.needsYou().stream().map(item -> needsYou(item, texts)).toList()));
        }
        if (!dashboard.hearings().isEmpty()) {
            add(section("dashboard-hearings", "dashboard.hearings.title",
                    dashboard.hearings().stream().map(item -> hearing(item, texts)).toList()));
        }
        if (!dashboard.delivered().isEmpty()) {
            add(section("dashboard-delivered", "dashboard.delivered.title",
                    dashboard.delivered().stream().map(item -> delivered(item, texts)).toList()));
        }
        if (dashboard.isQuiet()) {
            var quiet = new Paragraph(getTranslation(dashboard.hasRequests()
                    ? "dashboard.quiet" : "dashboard.no-requests"));
            quiet.setId("dashboard-quiet");
            add(quiet);
        }
        var next = new Paragraph(new Anchor(MY_REQUESTS, getTranslation("home.client.requests")), new Span(" · "),
                new Anchor(NEW_REQUEST, getTranslation("home.client.new-request")));
        next.setId("home-next");
        add(next);
    }

    private Div section(String id, String titleKey, List<ListItem> items) {
        var list = new UnorderedList();
        list.addClassName("dashboard-list");
        items.forEach(list::add);
        var box = new Div(new H2(getTranslation(titleKey)), list);
        box.setId(id);
        box.addClassName("dashboard-section");
        return box;
    }

    private ListItem needsYou(NeedsYou item, DateTimeTexts texts) {
        var line = new ListItem(requestLink(item.reference()),
                new Span(" · " + getTranslation("country." + item.countryCode())),
                new Span(" · " + getTranslation("dashboard.needs-you.since", texts.date(item.since()))));
        item.question().ifPresent(question -> {
            var asked = new Paragraph(getTranslation("dashboard.needs-you.question") + " ");
            asked.add(Texts.content(new Span(question)));
            asked.addClassName("dashboard-question");
            line.add(asked);
        });
        return line;
    }

    private ListItem hearing(Hearing item, DateTimeTexts texts) {
        String left = item.daysLeft() == 0 ? getTranslation("dashboard.hearings.today")
                : getTranslation("dashboard.hearings.days-left", item.daysLeft());
        var days = new Span(left);
        days.getElement().getThemeList().add(item.daysLeft() <= 7 ? "badge error" : "badge");
        return new ListItem(new Span(texts.date(item.date()) + " · "), days, new Span(" · "),
                requestLink(item.reference()), new Span(" · " + getTranslation("country." + item.countryCode())));
    }

    private ListItem delivered(DeliveredReport item, DateTimeTexts texts) {
        String reference = item.reference();
        long id = item.documentId();
        var download = new Anchor(DocumentDownloads.handler(sink -> tracking.download(reference, id, sink)),
                getTranslation("dashboard.delivered.download"));
        download.setId("dashboard-download-" + id);
        download.getElement().setAttribute("title", item.name());
        download.addClassName("dashboard-download");
        return new ListItem(requestLink(reference),
                new Span(" · " + getTranslation("country." + item.countryCode())),
                new Span(" · " + getTranslation("dashboard.delivered.on", texts.date(item.deliveredAt())) + " "),
                download);
    }

    private Component requestLink(String reference) {
        return new RouterLink(reference, MyRequestView.class,
                new RouteParameters("reference", RequestReference.of(reference).urlForm()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }
}
