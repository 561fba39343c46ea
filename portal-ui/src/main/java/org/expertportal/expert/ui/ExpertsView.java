package org.expertportal.expert.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertChoices;
import org.expertportal.expert.ExpertFilter;
import org.expertportal.expert.ExpertService;
import org.expertportal.ui.Texts;

/** The public directory of active experts, filterable by region, country, theme and language. */
@Route("experts")
@AnonymousAllowed
@Menu(order = 10, title = "menu.experts", icon = "vaadin:academy-cap")
class ExpertsView extends Div implements HasDynamicTitle {

    private final ExpertService expertService;
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final ExpertCards results = new ExpertCards();
    private final Paragraph count = new Paragraph();

    ExpertsView(ExpertService expertService) {
        this.expertService = expertService;
        addClassName("portal-page");
        ExpertChoices choices = expertService.filterChoices();
        setUp(region, "experts.filter.region", "experts-filter-region", choices.regionKeys(), key -> getTranslation("region." + key));
        setUp(country, "experts.filter.country", "experts-filter-country", choices.countryIsoCodes(),
                iso -> getTranslation("country." + iso));
        setUp(theme, "experts.filter.theme", "experts-filter-theme", choices.themeKeys(), key -> getTranslation("theme." + key));
        setUp(language, "experts.filter.language", "experts-filter-language", choices.languageCodes(),
                code -> Texts.languageName(code, getLocale()));
        var filters = new FlexLayout(region, country, theme, language);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        results.setId("experts");
        count.setId("experts-count");
        add(new H1(getTranslation("menu.experts")), new Paragraph(getTranslation("experts.lead")), filters, count,
                results);
        refresh();
    }

    private void setUp(ComboBox<String> box, String labelKey, String id, List<String> items,
            ItemLabelGenerator<String> label) {
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("experts.filter.all"));
        box.setId(id);
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
    }

    private void refresh() {
        List<ExpertCard> experts = expertService.publicExperts(
                new ExpertFilter(region.getValue(), country.getValue(), theme.getValue(), language.getValue()));
        count.setText(getTranslation("experts.count", experts.size()));
        results.show(experts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experts") + " | " + getTranslation("app.name");
    }
}
