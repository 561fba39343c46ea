package org.expertportal.expert.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.expertportal.expert.ExpertCard;
import org.expertportal.ui.ContentLanguage;
import org.expertportal.ui.Texts;

/**
 * Experts as cards linking to their profiles: the directory's results, and the experts a country
 * page shows ({@code ExpertService.publicExpertsForCountry}).
 */
public class ExpertCards extends UnorderedList {

    public ExpertCards() {
        addClassName("portal-cards");
    }

    public ExpertCards(List<ExpertCard> experts) {
        this();
        show(experts);
    }

    public void show(List<ExpertCard> experts) {
        removeAll();
        for (ExpertCard expert : experts) {
            var card = new ListItem();
            card.addClassName("portal-card");
            var name = new RouterLink(expert.name(), ExpertProfileView.class, new RouteParameters("slug", expert.slug()));
            card.add(Texts.content(new H2(name)), Texts.content(new Paragraph(expert.title())));
            ContentLanguage.note(getLocale()).ifPresent(card::add);
            card.add(Texts.content(new Paragraph(expert.bio())), ExpertFacts.experience(this, expert),
                    ExpertFacts.countries(this, expert), ExpertFacts.themes(this, expert),
                    ExpertFacts.languages(this, expert));
            add(card);
        }
    }
}
