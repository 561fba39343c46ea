package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.consultation.ui.ConsultationPanel;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestKind;
import org.expertportal.request.intake.IntakeChoices;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.ShortRequest;
import org.expertportal.request.intake.SubmittedRequest;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The short form (docs/adr/035): ask for a sample report, an expert's CV or a free consultation
 * without filing a case. Name, email, what they want, the country, consent; no hearing, stage or
 * summary. The same rules and the same answer as the full form ({@link RequestFormView}): a
 * reference and the time by which we will respond. Links name the kind and the country:
 * {@code /request/ask?kind=sample&country=mongolia} (a slug or an ISO code).
 */
@Route("request/ask")
@AnonymousAllowed
class ShortRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestIntakeService intake;
    private final ConsultationService consultations;
    private final ContactChannels contact;
    private final IntakeChoices choices;
    private final ZoneId zone;

    private final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<IntakeChoices.CountryChoice> country = new ComboBox<>();
    private final Checkbox consent = new Checkbox();
    private final TextField website = new TextField();
    private final Div body = new Div();
    /** The fields by the name the domain's refusals give them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ShortRequestView(RequestIntakeService intake, AccountService accounts, ConsultationService consultations,
            ContactChannels contact) {
        this.intake = intake;
        this.consultations = consultations;
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
        country.setLabel(getTranslation("request.field.country"));
        country.setId("country");
        country.setRequiredIndicatorVisible(true);
        country.setItems(choices.countries().stream()
                .sorted(Comparator.comparing(c -> getTranslation("country." + c.isoCode())))
                .toList());
        country.setItemLabelGenerator(c -> getTranslation("country." + c.isoCode()));
        consent.setLabel(getTranslation("request.field.consent"));
        consent.setId("consent");
        // The honeypot, as on the full form: people never see or reach it.
        website.setLabel(getTranslation("request.field.website"));
        website.setId("website");
        website.addClassName("portal-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(Autocomplete.OFF);
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
        body.add(kind, name, email, country, new Paragraph(notice), consent, website, send, new Paragraph(full));
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
    }

    private void submit() {
        FieldErrors.clear(fields);
        var form = new ShortRequest(kind.getValue(), name.getValue(), email.getValue(),
                Optional.ofNullable(country.getValue()).map(IntakeChoices.CountryChoice::isoCode).orElse(null),
                consent.getValue(), website.getValue());
        String address = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse("");
        Locale locale = getLocale();
        try {
            showConfirmation(intake.submitShort(form, new IntakeOrigin(address, zone, locale)));
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            Notifications.error("request.form.fix-fields");
        } catch (DomainException refused) {
            body.getChildren().filter(c -> "request-refused".equals(c.getId().orElse(null))).findFirst()
                    .ifPresent(body::remove);
            var message = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            message.setId("request-refused");
            message.addClassName("portal-error");
            body.addComponentAsFirst(message);
            Notifications.error(refused);
        }
    }

    private void showConfirmation(SubmittedRequest submitted) {
        RequestKind asked = kind.getValue();
        body.removeAll();
        var reference = Texts.withLeftToRight(new H2(),
                getTranslation("request.confirm.reference", submitted.reference()), submitted.reference());
        reference.setId("request-reference");
        var times = new DateTimeTexts(getLocale(), zone);
        var due = new Paragraph(getTranslation("request.confirm.respond-by", times.time(submitted.respondBy()),
                times.date(submitted.respondBy()), times.zoneName()));
        due.setId("respond-by");
        body.add(reference, due,
                new Paragraph(getTranslation("request.confirm.next-email")),
                new Paragraph(getTranslation("request.confirm.next-sign-in")),
                new Paragraph(getTranslation("request.confirm.keep-reference")));
        if (asked == RequestKind.CONSULTATION) {
            // As on the full form: the pass stays server-side, in this panel.
            body.add(ConsultationPanel.afterSubmitting(consultations, contact, submitted.bookingPass(), zone));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.short.title") + " | " + getTranslation("app.name");
    }
}
