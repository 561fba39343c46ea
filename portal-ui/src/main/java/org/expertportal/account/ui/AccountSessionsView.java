package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.account.ActiveSession;
import org.expertportal.account.SessionService;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.notification.NotificationAdminService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.Notifications;

/**
 * The signed-in person's open sessions (browser, address, when), the one in use marked; any other
 * can be ended, or all others at once. An ended session's next request lands on the sign-in page.
 */
@Route("account/sessions")
@PermitAll
class AccountSessionsView extends Div implements HasDynamicTitle {

    private final SessionService sessions;
    private final Grid<ActiveSession> grid = new Grid<>();
    private final Button endOthers;

    AccountSessionsView(SessionService sessions, AccountService accounts, NotificationAdminService notifications) {
        this.sessions = sessions;
        addClassName("portal-page");
        ZoneId zone = accounts.currentAccount().flatMap(AccountSummary::timeZone).orElse(notifications.timeZone());
        var time = new DateTimeTexts(getLocale(), zone);

        grid.setId("sessions");
        grid.addColumn(session -> time.dateTime(session.signedInAt()))
                .setHeader(getTranslation("account.sessions.column.signed-in")).setAutoWidth(true);
        grid.addColumn(session -> time.dateTime(session.lastSeenAt()))
                .setHeader(getTranslation("account.sessions.column.last-seen")).setAutoWidth(true);
        grid.addColumn(session -> session.userAgent() == null ? "" : session.userAgent())
                .setHeader(getTranslation("account.sessions.column.browser")).setAutoWidth(true);
        grid.addColumn(session -> session.ip() == null ? "" : session.ip())
                .setHeader(getTranslation("account.sessions.column.ip")).setAutoWidth(true);
        grid.addComponentColumn(session -> {
            if (session.current()) {
                var mark = new Span(getTranslation("account.sessions.this-one"));
                mark.setId("this-session");
                mark.getElement().getThemeList().add("badge success");
                return mark;
            }
            var end = new Button(getTranslation("account.sessions.end"), click -> end(session));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            end.setId("end-session-" + session.id());
            return end;
        }).setKey("action").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        endOthers = new Button(getTranslation("account.sessions.end-others"), click -> endOthers());
        endOthers.setId("end-other-sessions");
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H1(getTranslation("account.sessions.title")), new Paragraph(getTranslation("account.sessions.lead")),
                grid, endOthers);
        refresh();
    }

    private void end(ActiveSession session) {
        try {
            sessions.endMySession(session.id());
            Notifications.success("account.sessions.ended");
        } catch (NotFoundException gone) {
            // Ended meanwhile (signed out, timed out, or from another session): the list catches up.
        }
        refresh();
    }

    private void endOthers() {
        int ended = sessions.endMyOtherSessions();
        Notifications.success("account.sessions.ended-others", ended);
        refresh();
    }

    private void refresh() {
        var list = sessions.mySessions();
        grid.setItems(list);
        endOthers.setEnabled(list.stream().anyMatch(session -> !session.current()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.sessions.title") + " | " + getTranslation("app.name");
    }
}
