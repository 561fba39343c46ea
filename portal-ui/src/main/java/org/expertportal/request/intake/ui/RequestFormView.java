package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expertportal.account.AccountService;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.identity.Role;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.IntakeChoices;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.request.intake.SubmittedRequest;
import org.expertportal.request.tracking.ClientRequestViews.FormPrefill;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.DateField;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
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
    private final ConsultationService consultations;
    private final ContactChannels contact;
    private final IntakeChoices choices;
    private final RequestTrackingService tracking;
    private final boolean signedInClient;
    private final ZoneId zone;

    private final RadioButtonGroup<RequesterKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField whatsapp = new TextField();
    private final RadioButtonGroup<ContactChannel> channel = new RadioButtonGroup<>();
    /** Asked for each channel given, none answered beforehand (docs/adr/037). */
    private final RadioButtonGroup<Boolean> safeByEmail = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> safeByPhone = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> safeByWhatsapp = new RadioButtonGroup<>();
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
    /** Reads the fields into a {@link RequestDraft}; the domain, not the binder, judges the values. */
    private final Binder<RequestDraft> binder = new Binder<>();
    /** The bound fields by the name the domain's refusals give them ({@link RequestSubmission}'s components). */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    RequestFormView(RequestIntakeService intake, AccountService accounts, ConsultationService consultations,
            ContactChannels contact, RequestTrackingService tracking, Clock clock) {
        this.intake = intake;
        this.consultations = consultations;
        this.contact = contact;
        this.clock = clock;
        this.tracking = tracking;
        this.choices = intake.choices();
        this.signedInClient = accounts.currentAccount().filter(a -> a.role() == Role.CLIENT).isPresent();
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
        body.setId("request-form");
        add(new H1(getTranslation("request.form.title")), body);
        body.add(new Paragraph(getTranslation("request.form.lead")));
        body.add(whoIsAsking(), theCase(), whatYouNeed(), privacy());
        bindFields();
        binder.readBean(startValues());
    }

    private RequestDraft startValues() {
        var start = new RequestDraft();
        start.preferredLanguage =
                choices.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        return start;
    }

    private void bindFields() {
        // The domain checks every value and answers field by field: no client-side validators, and
        // none of the fields' own defaults either (such as the hearing date's minimum), so that a
        // refusal always reads the same, whichever way the form was filled in.
        binder.setDefaultValidatorsEnabled(false);
        bind("requesterKind", kind, d -> d.requesterKind, (d, value) -> d.requesterKind = value);
        bind("name", name, d -> d.name, (d, value) -> d.name = value);
        bind("organisation", organisation, d -> d.organisation, (d, value) -> d.organisation = value);
        bind("email", email, d -> d.email, (d, value) -> d.email = value);
        bind("phone", phone, d -> d.phone, (d, value) -> d.phone = value);
        bind("whatsapp", whatsapp, d -> d.whatsapp, (d, value) -> d.whatsapp = value);
        bind("preferredChannel", channel, d -> d.preferredChannel, (d, value) -> d.preferredChannel = value);
        bind("safeByEmail", safeByEmail, d -> d.safeByEmail, (d, value) -> d.safeByEmail = value);
        bind("safeByPhone", safeByPhone, d -> d.safeByPhone, (d, value) -> d.safeByPhone = value);
        bind("safeByWhatsapp", safeByWhatsapp, d -> d.safeByWhatsapp, (d, value) -> d.safeByWhatsapp = value);
        bind("countryCode", country, d -> d.country, (d, value) -> d.country = value);
        bind("themeKeys", themes, d -> d.themeKeys, (d, value) -> d.themeKeys = value);
        bind("caseStage", stage, d -> d.caseStage, (d, value) -> d.caseStage = value);
        bind("hearingDate", hearing, d -> d.hearingDate, (d, value) -> d.hearingDate = value);
        bind(null, legalAid, d -> d.legalAid, (d, value) -> d.legalAid = value);
        bind("preferredLanguage", language, d -> d.preferredLanguage, (d, value) -> d.preferredLanguage = value);
        bind("summary", summary, d -> d.summary, (d, value) -> d.summary = value);
        bind("services", services, d -> d.services, (d, value) -> d.services = value);
        bind("consent", consent, d -> d.consent, (d, value) -> d.consent = value);
        bind(null, website, d -> d.website, (d, value) -> d.website = value);
    }

    /** Binds {@code field}; a {@code refusalName} makes the domain's refusals of that name show on it. */
    private <V, F extends HasValue<?, V> & HasValidation> void bind(String refusalName, F field,
            ValueProvider<RequestDraft, V> getter, Setter<RequestDraft, V> setter) {
        binder.forField(field).bind(getter, setter);
        if (refusalName != null) {
            fields.put(refusalName, field);
        }
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
        channel.setId("channel");
        safetyQuestion(safeByEmail, "email");
        safetyQuestion(safeByPhone, "phone");
        safetyQuestion(safeByWhatsapp, "whatsapp");
        // Asked only about a channel given: a number typed in brings its question.
        safeByPhone.setVisible(false);
        safeByWhatsapp.setVisible(false);
        phone.setValueChangeMode(ValueChangeMode.EAGER);
        whatsapp.setValueChangeMode(ValueChangeMode.EAGER);
        phone.addValueChangeListener(e -> safeByPhone.setVisible(!e.getValue().isBlank()));
        whatsapp.addValueChangeListener(e -> safeByWhatsapp.setVisible(!e.getValue().isBlank()));
        return section("request.form.section.who", kind, name, organisation, email, safeByEmail, phone, safeByPhone,
                whatsapp, safeByWhatsapp, channel);
    }

    private void safetyQuestion(RadioButtonGroup<Boolean> question, String channelName) {
        question.setLabel(getTranslation("request.field.safe." + channelName));
        question.setHelperText(getTranslation("request.field.safe.help"));
        question.setItems(Boolean.TRUE, Boolean.FALSE);
        question.setItemLabelGenerator(yes -> getTranslation(yes ? "request.field.safe.yes" : "request.field.safe.no"));
        question.setRequiredIndicatorVisible(true);
        question.setId("safe-by-" + channelName);
    }

    private Section theCase() {
        IntakeFields.countries(country, choices, this);
        country.setRequiredIndicatorVisible(true);
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
        legalAid.setId("legal-aid");
        language.setLabel(getTranslation("request.field.language"));
        language.setItems(choices.languages());
        language.setItemLabelGenerator(code -> Texts.languageName(code, getLocale()));
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
        var notice = new RouterLink(getTranslation("request.form.privacy-link"),
                PrivacyNoticeView.class);
        IntakeFields.honeypot(website, this);
        var send = new Button(getTranslation("request.action.submit"), click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("submit-request");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        return section("request.form.section.privacy", new Paragraph(notice), consent, website, send);
    }

    private Section section(String titleKey, Component... fields) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("portal-form-section");
        section.add(fields);
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedInClient) {
            // A link from this form to another repeat reuses the view: start from a clean form.
            binder.readBean(startValues());
            Optional<String> repeating = event.getLocation().getQueryParameters().getSingleParameter("repeat");
            FormPrefill prefill;
            try {
                prefill = tracking.prefill(repeating);
            } catch (NotFoundException unknown) {
                // Someone else's reference, or none: the form starts from the account only.
                prefill = tracking.prefill(Optional.empty());
            }
            fill(prefill);
        }
        event.getLocation().getQueryParameters().getSingleParameter("country")
                .flatMap(choices::bySlug)
                .ifPresent(country::setValue);
    }

    /** Starts the form from what the portal knows (never the case text, the hearing date or documents). */
    private void fill(FormPrefill prefill) {
        prefill.requesterKind().ifPresent(kind::setValue);
        name.setValue(prefill.name());
        email.setValue(prefill.email());
        organisation.setValue(prefill.organisation());
        phone.setValue(prefill.phone());
        whatsapp.setValue(prefill.whatsapp());
        prefill.preferredChannel().ifPresent(channel::setValue);
        safeByEmail.setValue(prefill.safeAnswers().get(ContactChannel.EMAIL));
        safeByPhone.setValue(prefill.safeAnswers().get(ContactChannel.PHONE));
        safeByWhatsapp.setValue(prefill.safeAnswers().get(ContactChannel.WHATSAPP));
        prefill.countryCode().flatMap(code -> choices.countries().stream()
                .filter(c -> c.isoCode().equals(code)).findFirst()).ifPresent(country::setValue);
        themes.setValue(Set.copyOf(prefill.themeKeys().stream().filter(choices.themeKeys()::contains).toList()));
    }

    private void submit() {
        FieldErrors.clear(fields);
        if (DateField.anyUnreadable(hearing)) {
            // Never "no hearing date" because the date was typed in a form the field could not read.
            Notifications.error("request.form.fix-fields");
            return;
        }
        var draft = new RequestDraft();
        binder.writeBeanAsDraft(draft, true);
        String address = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse("");
        try {
            SubmittedRequest submitted = intake.submit(draft.toSubmission(), new IntakeOrigin(address, zone, getLocale()));
            showConfirmation(submitted);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            Notifications.error("request.form.fix-fields");
        } catch (DomainException refused) {
            // Kept on the page as well: a refused form (too many requests, say) must stay explained.
            IntakeAnswer.refused(body, refused);
        }
    }

    private void showConfirmation(SubmittedRequest submitted) {
        IntakeAnswer.confirmed(body, submitted, getLocale(), zone, services.getValue().contains(RequestedService.CONSULTATION),
                consultations, contact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.form.title") + " | " + getTranslation("app.name");
    }

    /**
     * The form as the visitor filled it in, in the fields' own types; {@link #toSubmission()} turns it
     * into what the intake use case takes. Mutable, with open fields: the binder above is its only writer.
     */
    static final class RequestDraft {

        RequesterKind requesterKind;
        String name = "";
        String organisation = "";
        String email = "";
        String phone = "";
        String whatsapp = "";
        ContactChannel preferredChannel = ContactChannel.EMAIL;
        Boolean safeByEmail;
        Boolean safeByPhone;
        Boolean safeByWhatsapp;
        IntakeChoices.CountryChoice country;
        Set<String> themeKeys = Set.of();
        CaseStage caseStage;
        LocalDate hearingDate;
        Boolean legalAid = Boolean.FALSE;
        String preferredLanguage;
        String summary = "";
        Set<RequestedService> services = Set.of();
        boolean consent;
        String website = "";

        RequestSubmission toSubmission() {
            return new RequestSubmission(requesterKind, name, organisation, email, phone, whatsapp, preferredChannel,
                    safeByEmail, safeByPhone, safeByWhatsapp,
                    Optional.ofNullable(country).map(IntakeChoices.CountryChoice::isoCode).orElse(null),
                    themeKeys == null ? List.of() : List.copyOf(themeKeys), caseStage, hearingDate,
                    Boolean.TRUE.equals(legalAid), preferredLanguage, summary, services, consent, website);
        }
    }
}
