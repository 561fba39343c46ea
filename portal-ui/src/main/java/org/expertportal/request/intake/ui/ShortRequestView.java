package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.expert.ExpertService;
import org.expertportal.identity.Role;
import org.expertportal.request.RequestKind;
import org.expertportal.request.intake.IntakeChoices;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.ShortRequest;
import org.expertportal.request.intake.SubmittedRequest;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The short form (docs/adr/035): ask for a sample report, an expert's CV or a free consultation
 * without filing a case. Name, email, what they want, optionally the country, consent; no hearing,
 * stage or summary. The same rules and the same answer as the full form ({@link RequestFormView},
 * both through {@link IntakeAnswer}): a reference and the time by which we will respond. Links name
 * the kind, the country and the expert: {@code /request/ask?kind=sample&country=mongolia} (a slug or
 * an ISO code), {@code /request/ask?kind=cv&expert=<slug>} from an expert's profile; the expert is
 * recorded on the request (docs/adr/039).
 */
@Route("request/ask")
@AnonymousAllowed
class ShortRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestIntakeService intake;
    private final ConsultationService consultations;
    private final ExpertService experts;
    private final ContactChannels contact;
    private final IntakeChoices choices;
    private final ZoneId zone;

    private final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<IntakeChoices.CountryChoice> country = new ComboBox<>();
    private final Checkbox consent = new Checkbox();
    /** Who the request is about, when the link names an expert the directory shows. */
    private final Paragraph expert = new Paragraph();
    private String expertSlug;
    private final TextField website = new TextField();
    private final Div body = new Div();
    /** The fields by the name the domain's refusals give them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ShortRequestView(RequestIntakeService intake, AccountService accounts, ConsultationService consultations,
            ExpertService experts, ContactChannels contact, RequestTrackingService tracking) {
        this.intake = intake;
        this.consultations = consultations;
        this.experts = experts;
        this.contact = contact;
        this.choices = intake.choices();
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
        body.setId("short-request-form");
        add(new H1(getTranslation("request.short.title")), body);
        body.add(new Paragraph(getTranslation("request.short.lead")));

        kind.setLabel(getTranslation("request.short.field.kind"));
        kind.setItems(Arrays.stream(RequestKind.values()).filter(RequestKind::isShort).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
        kind.setId("kind");
        kind.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("request.field.name"));
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RequestIntakeService.MAX_NAME);
        email.setLabel(getTranslation("request.field.email"));
        email.setHelperText(getTranslation("request.short.field.email.help"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        IntakeFields.countries(country, choices, this);
        // Optional (docs/adr/039): a CV or a sample may be asked for before the person knows the country.
        country.setClearButtonVisible(true);
        consent.setLabel(getTranslation("request.field.consent"));
        consent.setId("consent");
        IntakeFields.honeypot(website, this);
        fields.put("kind", kind);
        fields.put("name", name);
        fields.put("email", email);
        fields.put("countryCode", country);
        fields.put("consent", consent);

        var send = new Button(getTranslation("request.short.action.submit"), click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("submit-request");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        var notice = new RouterLink(getTranslation("request.form.privacy-link"), PrivacyNoticeView.class);
        var full = new RouterLink(getTranslation("request.short.full-form"), RequestFormView.class);
        full.setId("full-form");
        expert.setId("asked-expert");
        expert.setVisible(false);
        body.add(kind, expert, name, email, country, new Paragraph(notice), consent, website, send, new Paragraph(full));
        if (accounts.currentAccount().filter(account -> account.role() == Role.CLIENT).isPresent()) {
            // As on the full form: a signed-in client is not asked who they are again.
            var prefill = tracking.prefill(Optional.empty());
            name.setValue(prefill.name());
            email.setValue(prefill.email());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("kind")
                .flatMap(value -> Arrays.stream(RequestKind.values())
                        .filter(k -> k.isShort() && k.name().equalsIgnoreCase(value)).findFirst())
                .ifPresent(kind::setValue);
        parameters.getSingleParameter("country")
                .flatMap(value -> choices.bySlug(value).or(() -> choices.countries().stream()
                        .filter(c -> c.isoCode().equalsIgnoreCase(value)).findFirst()))
                .ifPresent(country::setValue);
        expertSlug = null;
        expert.setVisible(false);
        parameters.getSingleParameter("expert").flatMap(experts::publicProfile).ifPresent(profile -> {
            expertSlug = profile.card().slug();
            expert.setText(getTranslation("request.short.about-expert", profile.card().name()));
            expert.setVisible(true);
        });
    }

    private void submit() {
        FieldErrors.clear(fields);
        var form = new ShortRequest(kind.getValue(), name.getValue(), email.getValue(),
                Optional.ofNullable(country.getValue()).map(IntakeChoices.CountryChoice::isoCode).orElse(null),
                expertSlug, consent.getValue(), website.getValue());
        String address = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse("");
        Locale locale = getLocale();
        try {
            SubmittedRequest submitted = intake.submitShort(form, new IntakeOrigin(address, zone, locale));
            IntakeAnswer.confirmed(body, submitted, getLocale(), zone, kind.getValue() == RequestKind.CONSULTATION, consultations,
                    contact);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            // No field for the expert: the link named one the directory no longer shows.
            Optional.ofNullable(refused.fieldErrors().get("expertSlug"))
                    .ifPresent(key -> IntakeAnswer.refused(body, getTranslation(key)));
            Notifications.error("request.form.fix-fields");
        } catch (DomainException refused) {
            IntakeAnswer.refused(body, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.short.title") + " | " + getTranslation("app.name");
    }
}
