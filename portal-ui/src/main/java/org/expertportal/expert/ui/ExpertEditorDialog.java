package org.expertportal.expert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.expert.Availability;
import org.expertportal.expert.CvSection;
import org.expertportal.expert.CvVersionInfo;
import org.expertportal.expert.ExpertChoices;
import org.expertportal.expert.ExpertDraft;
import org.expertportal.expert.ExpertService;
import org.expertportal.expert.FeeBasis;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.DateField;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;

/**
 * Creates or edits one expert: profile, coverage, languages, structured CV (one entry per line),
 * internal notes and, for an existing expert, new PDF CV versions. Refused input is marked field by
 * field and nothing is saved.
 */
class ExpertEditorDialog extends Dialog {

    private final ExpertService expertService;
    private final Long expertId;
    private final Runnable onSaved;

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final TextField title = new TextField();
    final TextArea bio = new TextArea();
    final IntegerField years = new IntegerField();
    final IntegerField reports = new IntegerField();
    final Select<FeeBasis> fee = new Select<>();
    final Select<Availability> availability = new Select<>();
    final DateField unavailableUntil = new DateField();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final TextArea conflictNotes = new TextArea();
    final EmailField inviteEmail = new EmailField();
    final Map<CvSection, TextArea> cv = new EnumMap<>(CvSection.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final UnorderedList versions = new UnorderedList();

    ExpertEditorDialog(ExpertService expertService, Long expertId, Runnable onSaved) {
        this.expertService = expertService;
        this.expertId = expertId;
        this.onSaved = onSaved;
        setId("expert-editor");
        setHeaderTitle(getTranslation(expertId == null ? "admin.experts.new" : "admin.experts.edit"));
        setWidth("min(60rem, 95vw)");
        ExpertChoices choices = expertService.editorChoices();

        label(name, "name", "expert.field.name");
        label(slug, "slug", "expert.field.slug");
        slug.setHelperText(getTranslation("expert.field.slug.help"));
        label(title, "title", "expert.field.title");
        label(bio, "bio", "expert.field.bio");
        label(years, "yearsOfExperience", "expert.field.years");
        label(reports, "reportsWritten", "expert.field.reports");
        label(fee, "feeBasis", "expert.field.fee");
        fee.setItems(FeeBasis.values());
        fee.setItemLabelGenerator(value -> getTranslation(value.nameKey()));
        label(availability, "availability", "expert.field.availability");
        availability.setItems(Availability.values());
        availability.setItemLabelGenerator(value -> getTranslation(value.nameKey()));
        label(unavailableUntil, "unavailableUntil", "expert.field.unavailable-until");
        unavailableUntil.setLocale(getLocale());
        label(countries, "countries", "expert.field.countries");
        countries.setItems(choices.countryIsoCodes());
        countries.setItemLabelGenerator(iso -> getTranslation("country." + iso));
        label(themes, "themes", "expert.field.themes");
        themes.setItems(choices.themeKeys());
        themes.setItemLabelGenerator(key -> getTranslation("theme." + key));
        label(languages, "languages", "expert.field.languages");
        languages.setItems(choices.languageCodes());
        languages.setItemLabelGenerator(code -> Texts.languageName(code, getLocale()) + " (" + code + ")");
        label(conflictNotes, "conflictNotes", "expert.field.conflict-notes");
        conflictNotes.setHelperText(getTranslation("expert.field.conflict-notes.help"));
        label(inviteEmail, "inviteEmail", "expert.field.invite-email");
        inviteEmail.setHelperText(getTranslation("expert.field.invite-email.help"));

        var form = new FormLayout(name, slug, title, years, reports, fee, availability, unavailableUntil, countries,
                themes, languages, inviteEmail);
        form.setColspan(title, 2);
        var cvForm = new FormLayout();
        for (CvSection section : CvSection.values()) {
            var area = new TextArea();
            label(area, "cv." + section.name().toLowerCase(), section.nameKey());
            area.setHelperText(getTranslation("expert.field.cv.help"));
            cv.put(section, area);
            cvForm.add(area);
        }
        add(form, bio, new H3(getTranslation("expert.cv")), cvForm, conflictNotes);
        bio.setWidthFull();
        conflictNotes.setWidthFull();

        if (expertId != null) {
            fill(expertService.draftOf(expertId));
            add(cvUpload());
        } else {
            availability.setValue(Availability.AVAILABLE);
            fee.setValue(FeeBasis.PAID);
        }

        var save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-expert");
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private <F extends HasValidation> void label(F field, String name, String key) {
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(key));
        }
        ((Component) field).setId("expert-" + name.replace('.', '-'));
        fields.put(name, field);
    }

    private void fill(ExpertDraft draft) {
        name.setValue(draft.name());
        slug.setValue(draft.slug());
        title.setValue(draft.title());
        bio.setValue(draft.bio());
        years.setValue(draft.yearsOfExperience());
        reports.setValue(draft.reportsWritten());
        fee.setValue(draft.feeBasis());
        availability.setValue(draft.availability());
        unavailableUntil.setValue(draft.unavailableUntil());
        countries.setValue(draft.countryIsoCodes());
        themes.setValue(draft.themeKeys());
        languages.setValue(draft.languageCodes());
        conflictNotes.setValue(draft.conflictNotes() == null ? "" : draft.conflictNotes());
        inviteEmail.setValue(draft.inviteEmail() == null ? "" : draft.inviteEmail());
        draft.cv().forEach((section, lines) -> cv.get(section).setValue(String.join("\n", lines)));
    }

    ExpertDraft draft() {
        Map<CvSection, List<String>> entries = new EnumMap<>(CvSection.class);
        cv.forEach((section, area) -> entries.put(section, Arrays.asList(area.getValue().split("\\R"))));
        return new ExpertDraft(name.getValue(), slug.getValue(), title.getValue(), bio.getValue(), years.getValue(),
                reports.getValue(), fee.getValue(), availability.getValue(), unavailableUntil.getValue(),
                new HashSet<>(countries.getValue()), new HashSet<>(themes.getValue()),
                new HashSet<>(languages.getValue()), conflictNotes.getValue(), entries, inviteEmail.getValue());
    }

    void save() {
        FieldErrors.clear(fields);
        if (DateField.anyUnreadable(unavailableUntil)) {
            return;
        }
        try {
            if (expertId == null) {
                expertService.create(draft());
            } else {
                expertService.update(expertId, draft());
            }
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            return;
        }
        Notifications.success("admin.experts.saved");
        onSaved.run();
        close();
    }

    private Component cvUpload() {
        var upload = new DocumentUpload(DocumentPurpose.EXPERT_CV, getTranslation("admin.experts.cv-upload"));
        upload.setId("cv-upload");
        upload.onReceived(() -> {
            try {
                int version = upload.submit((fileName, content) ->
                        expertService.uploadCvVersion(expertId, fileName, content));
                upload.clearError();
                Notifications.success("admin.experts.cv-uploaded", version);
                showVersions();
            } catch (DomainException refused) {
                upload.showError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        versions.setId("cv-versions");
        showVersions();
        var section = new Section(new H3(getTranslation("admin.experts.cv-versions")),
                versions, upload);
        return section;
    }

    private void showVersions() {
        versions.removeAll();
        List<CvVersionInfo> all = expertService.cvVersions(expertId);
        if (all.isEmpty()) {
            versions.add(new ListItem(getTranslation("expert.cv.no-pdf")));
        }
        for (CvVersionInfo version : all) {
            versions.add(new ListItem(getTranslation("admin.experts.cv-version", version.versionNumber(),
                    version.fileName(), Texts.fileSize(version.sizeBytes(), getLocale(), this::getTranslation),
                    DateTimeTexts.date(version.uploadedAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()))));
        }
    }
}
