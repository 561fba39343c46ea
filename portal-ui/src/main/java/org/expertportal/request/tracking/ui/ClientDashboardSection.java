package org.expertportal.request.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.identity.Role;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestReference;
import org.expertportal.request.tracking.ClientDashboard;
import org.expertportal.request.tracking.ClientDashboard.DeliveredReport;
import org.expertportal.request.tracking.ClientDashboard.Hearing;
import org.expertportal.request.tracking.ClientDashboard.NeedsYou;
import org.expertportal.request.tracking.ClientDashboardService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.ui.HomeSection;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The client's home is their case dashboard: what needs them (with the question staff asked), the
 * hearings to come with the days left, and the reports (and samples or CVs staff shared) delivered
 * lately with a download button that goes through the request's own download path and its checks,
 * each labelled with what it is (report, sample, CV). Sections with nothing in them are left out;
 * when they all are and no other home section has anything either, one sentence says so.
 */
@SpringComponent
class ClientDashboardSection implements HomeSection {

    private final ClientDashboardService dashboards;
    private final RequestTrackingService tracking;
    private final AccountService accounts;

    ClientDashboardSection(ClientDashboardService dashboards, RequestTrackingService tracking,
            AccountService accounts) {
        this.dashboards = dashboards;
        this.tracking = tracking;
        this.accounts = accounts;
    }

    @Override
    public boolean isFor(Role role) {
        return role == Role.CLIENT;
    }

    @Override
    public Optional<Component> create() {
        ZoneId zone = zone();
        ClientDashboard dashboard = dashboards.dashboard(zone);
        return dashboard.isQuiet() ? Optional.empty() : Optional.of(new Panel(dashboard, zone));
    }

    /** Said once for the whole home page, when neither this nor another section has anything. */
    @Override
    public Optional<Component> whenAllEmpty() {
        var quiet = new Paragraph();
        quiet.setText(quiet.getTranslation(dashboards.dashboard(zone()).hasRequests()
                ? "dashboard.quiet" : "dashboard.no-requests"));
        quiet.setId("dashboard-quiet");
        var box = new Div(quiet);
        box.setId("client-dashboard");
        box.addClassName("client-dashboard");
        return Optional.of(box);
    }

    private ZoneId zone() {
        return VisitorZone.of(accounts.currentAccount().flatMap(account -> account.timeZone()));
    }

    /** The dashboard as shown; built once per visit. */
    private final class Panel extends Div {

        Panel(ClientDashboard dashboard, ZoneId zone) {
            setId("client-dashboard");
            addClassName("client-dashboard");
            DateTimeTexts texts = new DateTimeTexts(getLocale(), zone);
            if (!dashboard.needsYou().isEmpty()) {
                add(section("dashboard-needs-you", "dashboard.needs-you.title",
                        dashboard.needsYou().stream().map(item -> needsYou(item, texts)).toList()));
            }
            if (!dashboard.hearings().isEmpty()) {
                add(section("dashboard-hearings", "dashboard.hearings.title",
                        dashboard.hearings().stream().map(item -> hearing(item, texts)).toList()));
            }
            if (!dashboard.unread().isEmpty()) {
                add(section("dashboard-unread", "dashboard.unread.title",
                        dashboard.unread().stream().map(item -> unread(item, texts)).toList()));
            }
            if (!dashboard.delivered().isEmpty()) {
                add(section("dashboard-delivered", "dashboard.delivered.title",
                        dashboard.delivered().stream().map(item -> delivered(item, texts)).toList()));
            }
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
            var line = new ListItem(requestLink(item.reference(), item.yourReference()),
                    new Span(" · " + getTranslation(Texts.countryKey(item.countryCode()))),
                    new Span(" · " + getTranslation("dashboard.needs-you.since", texts.date(item.since()))));
            item.question().ifPresent(question -> {
                var asked = new Paragraph(getTranslation("dashboard.needs-you.question") + " ");
                asked.add(Texts.content(new Span(question)));
                asked.addClassName("dashboard-question");
                line.add(asked);
            });
            return line;
        }

        private ListItem unread(ClientDashboard.Unread item, DateTimeTexts texts) {
            var count = new Span(getTranslation("dashboard.unread.count", item.count()));
            count.getElement().getThemeList().add("badge");
            var line = new ListItem(requestLink(item.reference(), item.yourReference()), new Span(" · "), count,
                    new Span(" · " + getTranslation("dashboard.unread.latest", texts.dateTimeInZone(item.latestAt()))));
            line.setId("dashboard-unread-" + item.reference());
            return line;
        }

        private ListItem hearing(Hearing item, DateTimeTexts texts) {
            String left = item.daysLeft() == 0 ? getTranslation("dashboard.hearings.today")
                    : getTranslation("dashboard.hearings.days-left", item.daysLeft());
            var days = new Span(left);
            days.getElement().getThemeList().add(item.daysLeft() <= 7 ? "badge error" : "badge");
            return new ListItem(new Span(texts.date(item.date()) + " · "), days, new Span(" · "),
                    requestLink(item.reference(), item.yourReference()),
                    new Span(" · " + getTranslation(Texts.countryKey(item.countryCode()))));
        }

        private ListItem delivered(DeliveredReport item, DateTimeTexts texts) {
            String reference = item.reference();
            long id = item.documentId();
            var download = new Anchor(DocumentDownloads.handler(sink -> tracking.download(reference, id, sink)),
                    getTranslation(downloadKey(item.kind())));
            download.setId("dashboard-download-" + id);
            download.getElement().setAttribute("title", item.name());
            download.addClassName("dashboard-download");
            // The list holds samples and CVs as well as reports: each line says which it is.
            var what = new Span(getTranslation(kindKey(item.kind())));
            what.getElement().getThemeList().add("badge");
            what.addClassName("dashboard-delivered-kind");
            var line = new ListItem(what, new Span(" "), requestLink(reference, item.yourReference()),
                    new Span(" · " + getTranslation(Texts.countryKey(item.countryCode()))),
                    new Span(" · " + getTranslation("dashboard.delivered.on", texts.date(item.deliveredAt())) + " "),
                    download);
            line.setId("dashboard-delivered-" + id);
            return line;
        }

        private static String kindKey(RequestDocumentKind kind) {
            return switch (kind) {
                case SAMPLE -> "dashboard.delivered.kind.sample";
                case EXPERT_CV -> "dashboard.delivered.kind.cv";
                default -> "dashboard.delivered.kind.report";
            };
        }

        /** A sample or a CV is not "your report": the button says what it downloads. */
        private static String downloadKey(RequestDocumentKind kind) {
            return switch (kind) {
                case SAMPLE -> "dashboard.delivered.download-sample";
                case EXPERT_CV -> "dashboard.delivered.download-cv";
                default -> "dashboard.delivered.download";
            };
        }

        /** Our reference as a link to the request, with the client's own next to it when they gave one. */
        private Span requestLink(String reference, Optional<String> yourReference) {
            var link = new Span(new RouterLink(reference, MyRequestView.class,
                    new RouteParameters("reference", RequestReference.of(reference).urlForm())));
            yourReference.ifPresent(yours -> link.add(new Span(" ("),
                    Texts.content(new Span(getTranslation("request.your-reference.shown", yours))), new Span(")")));
            return link;
        }
    }
}
