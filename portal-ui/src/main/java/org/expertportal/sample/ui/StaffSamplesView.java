package org.expertportal.sample.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Map;
import org.expertportal.account.Roles;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.sample.SampleChoices;
import org.expertportal.sample.SampleDraft;
import org.expertportal.sample.SampleService;
import org.expertportal.sample.SampleSummary;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;

/** Staff publish anonymised sample reports (PDF) for a country and its themes, and retire them. */
@Route("staff/samples")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 50, title = "menu.staff.samples", icon = "vaadin:file-text-o")
class StaffSamplesView extends Div implements HasDynamicTitle {

    private final SampleService sampleService;
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final ComboBox<String> country = new ComboBox<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final DocumentUpload file = new DocumentUpload(DocumentPurpose.SAMPLE_REPORT, "");
    private final Grid<SampleSummary> grid = new Grid<>();
    private final Map<String, HasValidation> fields;

    StaffSamplesView(SampleService sampleService) {
        this.sampleService = sampleService;
        addClassName("portal-page");
        SampleChoices choices = sampleService.choices();

        title.setLabel(getTranslation("sample.field.title"));
        title.setId("sample-title");
        summary.setLabel(getTranslation("sample.field.summary"));
        summary.setHelperText(getTranslation("sample.field.summary.help"));
        summary.setId("sample-summary");
        country.setLabel(getTranslation("sample.field.country"));
        country.setItems(choices.countryIsoCodes());
        country.setItemLabelGenerator(iso -> getTranslation("country." + iso));
        country.setId("sample-country");
        themes.setLabel(getTranslation("sample.field.themes"));
        themes.setItems(choices.themeKeys());
        themes.setItemLabelGenerator(key -> getTranslation("theme." + key));
        themes.setId("sample-themes");
        language.setLabel(getTranslation("sample.field.language"));
        language.setItems(choices.languageCodes());
        language.setItemLabelGenerator(code -> Texts.languageName(code, getLocale()) + " (" + code + ")");
        language.setId("sample-language");
        year.setLabel(getTranslation("sample.field.year"));
        year.setId("sample-year");
        file.setId("sample-file");
        fields = Map.of("title", title, "summary", summary, "country", country, "themes", themes, "language",
                language, "year", year);

        var publish = new Button(getTranslation("sample.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-sample");
        var form = new FormLayout(title, country, themes, language, year);
        form.setColspan(title, 2);
        summary.setWidthFull();

        grid.setId("samples");
        grid.addColumn(SampleSummary::title).setHeader(getTranslation("sample.field.title")).setAutoWidth(true);
        grid.addColumn(sample -> getTranslation("country." + sample.countryIsoCode()))
                .setHeader(getTranslation("sample.field.country"));
        grid.addColumn(SampleSummary::year).setHeader(getTranslation("sample.field.year"));
        grid.addColumn(sample -> getTranslation(sample.published() ? "sample.status.published" : "sample.status.retired"))
                .setHeader(getTranslation("sample.status"));
        grid.addComponentColumn(sample -> {
            if (!sample.published()) {
                return new Span();
            }
            var retire = new Button(getTranslation("sample.retire"), click -> {
                sampleService.retire(sample.id());
                refresh();
            });
            retire.setId("retire-" + sample.id());
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return retire;
        }).setHeader(getTranslation("sample.actions"));
        grid.setAllRowsVisible(true);

        add(new H1(getTranslation("menu.staff.samples")), new Paragraph(getTranslation("sample.lead")),
                new H2(getTranslation("sample.new")), form, summary, new Span(getTranslation("sample.field.file",
                        DocumentPurpose.SAMPLE_REPORT.maxMegabytes())), file, publish,
                new H2(getTranslation("sample.all")), grid);
        refresh();
    }

    void publish() {
        FieldErrors.clear(fields);
        file.clearError();
        if (!file.hasFile()) {
            file.showError(getTranslation("document.refused.none"));
            return;
        }
        SampleDraft draft = new SampleDraft(title.getValue(), summary.getValue(), country.getValue(),
                new HashSet<>(themes.getValue()), language.getValue(), year.getValue());
        try {
            file.submit((fileName, content) -> sampleService.publish(draft, fileName, content));
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            return;
        } catch (DomainException refused) {
            file.showError(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        title.clear();
        summary.clear();
        themes.clear();
        year.clear();
        Notifications.success("sample.published");
        refresh();
    }

    private void refresh() {
        grid.setItems(sampleService.allSamples());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.staff.samples") + " | " + getTranslation("app.name");
    }
}
