package org.expertportal.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.consultation.UpcomingConsultation;
import org.expertportal.consultation.UpcomingConsultationsService;
import org.expertportal.identity.Role;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestReference;
import org.expertportal.ui.HomeSection;
import org.expertportal.ui.VisitorZone;

/**
 * The client's upcoming consultations on their home page, next to the case dashboard: when (in the
 * person's formats and zone), on which request (a link to its page, where they move or cancel it),
 * and with which expert once one took the case. Contributed by the consultation screens, because
 * the consultation feature builds on the request feature and not the other way round (docs/adr/036).
 * Left out when there is none.
 */
@SpringComponent
class UpcomingConsultationsSection implements HomeSection {

    /** The request page's address; the tracking screens own the view, which builds on this package. */
    private static final String REQUEST_PAGE = "my/requests/";

    private final UpcomingConsultationsService upcoming;
    private final AccountService accounts;

    UpcomingConsultationsSection(UpcomingConsultationsService upcoming, AccountService accounts) {
        this.upcoming = upcoming;
        this.accounts = accounts;
    }

    @Override
    public boolean isFor(Role role) {
        return role == Role.CLIENT;
    }

    @Override
    public Optional<Component> create() {
        List<UpcomingConsultation> consultations = upcoming.mine();
        if (consultations.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = VisitorZone.of(accounts.currentAccount().flatMap(account -> account.timeZone()));
        return Optional.of(new Panel(consultations, zone));
    }

    /** The section as shown; built once per visit when something is to come. */
    private static final class Panel extends Div {

        Panel(List<UpcomingConsultation> consultations, ZoneId zone) {
            setId("dashboard-consultations");
            addClassName("dashboard-section");
            DateTimeTexts texts = new DateTimeTexts(getLocale(), zone);
            var list = new UnorderedList();
            list.addClassName("dashboard-list");
            consultations.forEach(consultation -> list.add(line(consultation, texts)));
            add(new H2(getTranslation("dashboard.consultations.title")), list);
        }

        private ListItem line(UpcomingConsultation consultation, DateTimeTexts texts) {
            var link = new Anchor(REQUEST_PAGE + RequestReference.of(consultation.reference()).urlForm(),
                    consultation.reference());
            link.getElement().setAttribute("router-link", true);
            var line = new ListItem(new Span(texts.span(consultation.start(), consultation.end()) + " · "), link);
            consultation.expert().ifPresent(expert ->
                    line.add(new Span(" · " + getTranslation("dashboard.consultations.expert", expert))));
            line.addClassName("dashboard-consultation");
            return line;
        }
    }
}
