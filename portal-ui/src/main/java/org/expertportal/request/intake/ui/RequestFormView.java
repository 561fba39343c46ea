package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.intake.IntakeChoices;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.SubmittedRequest;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.DateField;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.VisitorZone;

/**
 * The public request form: no sign-in. The server checks everything and answers field by field;
 * a refused form stores nothing. After submitting, the visitor sees the reference and the time by
 * which we will respond, in their own time zone; the page is the same whether or not their email
 * already had an account.
 */
@Route("request")
@AnonymousAllowed
class RequestFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestIntakeService intake;
    private final IntakeChoices choices;
    private final ZoneId zone;

    private final RadioButtonGroup<RequesterKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField whatsapp = new TextField();
    private final RadioButtonGroup<ContactChannel> channel = new RadioButtonGroup<>();
    private final CheckboxGroup<ContactChannel> safeChannels = new CheckboxGroup<>();
    private final ComboBox<IntakeChoices.CountryChoice> country = new ComboBox<>();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final RadioButtonGroup<CaseStage> stage = new RadioButtonGroup<>();
    private final DateField hearing = new DateField();
    private final RadioButtonGroup<Boolean> legalAid = new RadioButtonGroup<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final TextArea summary = new TextArea();
    private final CheckboxGroup<RequestedService> services = new CheckboxGroup<>();
    private final Checkbox consent = new Checkbox();
    private final TextField website = new TextField();
    private final Div body = new Div();
    private final Clock clock;

    RequestFormView(RequestIntakeService intake, AccountService accounts, Clock clock) {
        this.intake = intake;
        this.clock = clock;
        this.choices = intake.choices();
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
        body.setId("request-form");
        add(new H1(getTranslation("request.form.title")), body);
        body.add(new Paragraph(getTranslation("request.form.lead")));
        body.add(whoIsAsking(), theCase(), whatYouNeed(), privacy());
    }

    private Section whoIsAsking() {
        kind.setLabel(getTranslation("request.field.requester-kind"));
        kind.setItems(RequesterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
        kind.setId("requester-kind");
        kind.addValueChangeListener(e -> organisation.setRequiredIndicatorVisible(e.getValue() == RequesterKind.LAW_FIRM));
        name.setLabel(getTranslation("request.field.name"));
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RequestIntakeService.MAX_NAME);
        organisation.setLabel(getTranslation("request.field.organisation"));
        organisation.setId("organisation");
        organisation.setMaxLength(RequestIntakeService.MAX_ORGANISATION);
        email.setLabel(getTranslation("request.field.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("request.field.phone"));
        phone.setId("phone");
        phone.setHelperText(getTranslation("request.field.phone.help"));
        whatsapp.setLabel(getTranslation("request.field.whatsapp"));
        whatsapp.setId("whatsapp");
        channel.setLabel(getTranslation("request.field.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        channel.setValue(ContactChannel.EMAIL);
        channel.setId("channel");
        safeChannels.setLabel(getTranslation("request.field.safe"));
        safeChannels.setHelperText(getTranslation("request.field.safe.help"));
        safeChannels.setItems(ContactChannel.values());
        safeChannels.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        safeChannels.setValue(EnumSet.of(ContactChannel.EMAIL));
        safeChannels.setId("safe-channels");
        return section("request.form.section.who", kind, name, organisation, email, phone, whatsapp, channel,
                safeChannels);
    }

    private Section theCase() {
        country.setLabel(getTranslation("request.field.country"));
        country.setId("country");
        country.setRequiredIndicatorVisible(true);
        country.setItems(choices.countries().stream()
                .sorted(Comparator.comparing(c -> getTranslation("country." + c.isoCode())))
                .toList());
        country.setItemLabelGenerator(c -> getTranslation("country." + c.isoCode()));
        themes.setLabel(getTranslation("request.field.themes"));
        themes.setId("themes");
        themes.setItems(choices.themeKeys());
        themes.setItemLabelGenerator(key -> getTranslation("theme." + key));
        stage.setLabel(getTranslation("request.field.stage"));
        stage.setItems(CaseStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.nameKey()));
        stage.setId("stage");
        hearing.setLabel(getTranslation("request.field.hearing"));
        hearing.setHelperText(getTranslation("request.field.hearing.help"));
        hearing.setId("hearing");
        hearing.setMin(LocalDate.now(clock.withZone(zone)));
        legalAid.setLabel(getTranslation("request.field.legal-aid"));
        legalAid.setItems(Boolean.TRUE, Boolean.FALSE);
        legalAid.setItemLabelGenerator(yes -> getTranslation(yes ? "common.yes" : "common.no"));
        legalAid.setValue(Boolean.FALSE);
        legalAid.setId("legal-aid");
        language.setLabel(getTranslation("request.field.language"));
        language.setItems(choices.languages());
        language.setItemLabelGenerator(code -> org.expertportal.ui.Texts.languageName(code, getLocale()));
        language.setValue(choices.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en");
        language.setId("language");
        summary.setLabel(getTranslation("request.field.summary"));
        summary.setHelperText(getTranslation("request.field.summary.help", RequestIntakeService.MAX_SUMMARY));
        summary.setMaxLength(RequestIntakeService.MAX_SUMMARY);
        summary.setId("summary");
        summary.setWidthFull();
        return section("request.form.section.case", country, themes, stage, hearing, legalAid, language, summary);
    }

    private Section whatYouNeed() {
        services.setLabel(getTranslation("request.field.services"));
        services.setItems(RequestedService.values());
        services.setItemLabelGenerator(s -> getTranslation(s.nameKey()));
        services.setId("services");
        return section("request.form.section.needs", services);
    }

    private Section privacy() {
        consent.setLabel(getTranslation("request.field.consent"));
        consent.setId("consent");
        var notice = new com.vaadin.flow.router.RouterLink(getTranslation("request.form.privacy-link"),
                PrivacyNoticeView.class);
        // The honeypot: people never see or reach it; bots fill in every field.
        website.setLabel(getTranslation("request.field.website"));
        website.setId("website");
        website.addClassName("portal-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        var send = new Button(getTranslation("request.action.submit"), click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("submit-request");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        return section("request.form.section.privacy", new Paragraph(notice), consent, website, send);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... fields) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("portal-form-section");
        section.add(fields);
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("country")
                .flatMap(choices::bySlug)
                .ifPresent(country::setValue);
    }

    private void submit() {
        Map<String, HasValidation> fields = fields();
        FieldErrors.clear(fields);
        if (DateField.anyUnreadable(hearing)) {
            // Never "no hearing date" because the date was typed in a form the field could not read.
            Notification.show(getTranslation("request.form.fix-fields"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        var safe = safeChannels.getValue();
        var form = new RequestSubmission(kind.getValue(), name.getValue(), organisation.getValue(), email.getValue(),
                phone.getValue(), whatsapp.getValue(), channel.getValue(), safe.contains(ContactChannel.EMAIL),
                safe.contains(ContactChannel.PHONE), safe.contains(ContactChannel.WHATSAPP),
                Optional.ofNullable(country.getValue()).map(IntakeChoices.CountryChoice::isoCode).orElse(null),
                List.copyOf(themes.getValue()), stage.getValue(), hearing.getValue(),
                Boolean.TRUE.equals(legalAid.getValue()), language.getValue(), summary.getValue(),
                services.getValue(), consent.getValue(), website.getValue());
        String address = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse("");
        try {
            SubmittedRequest submitted = intake.submit(form, new IntakeOrigin(address, zone, getLocale()));
            showConfirmation(submitted);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            Notification.show(getTranslation("request.form.fix-fields"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (DomainException refused) {
            var message = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            message.setId("request-refused");
            message.addClassName("portal-error");
            body.addComponentAsFirst(message);
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showConfirmation(SubmittedRequest submitted) {
        body.removeAll();
        var reference = new H2(getTranslation("request.confirm.reference", submitted.reference()));
        reference.setId("request-reference");
        var times = new DateTimeTexts(getLocale(), zone);
        var due = new Paragraph(getTranslation("request.confirm.respond-by", times.time(submitted.respondBy()),
                times.date(submitted.respondBy()), times.zoneName()));
        due.setId("respond-by");
        body.add(reference, due,
                new Paragraph(getTranslation("request.confirm.next-email")),
                new Paragraph(getTranslation("request.confirm.next-sign-in")),
                new Paragraph(getTranslation("request.confirm.keep-reference")));
        if (services.getValue().contains(RequestedService.CONSULTATION)) {
            // Booking right away, while the visitor is still anonymous: the pass stays in this
            // server-side panel (their Vaadin session) and is never sent to the browser.
            var instantiator = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator();
            body.add(org.expertportal.consultation.ui.ConsultationPanel.afterSubmitting(
                    instantiator.getOrCreate(org.expertportal.consultation.ConsultationService.class),
                    instantiator.getOrCreate(org.expertportal.ui.ContactChannels.class), submitted.bookingPass(), zone));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("requesterKind", kind);
        fields.put("name", name);
        fields.put("organisation", organisation);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("whatsapp", whatsapp);
        fields.put("preferredChannel", channel);
        fields.put("countryCode", country);
        fields.put("themeKeys", themes);
        fields.put("caseStage", stage);
        fields.put("hearingDate", hearing);
        fields.put("preferredLanguage", language);
        fields.put("summary", summary);
        fields.put("services", services);
        fields.put("consent", consent);
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.form.title") + " | " + getTranslation("app.name");
    }
}
