package org.expertportal.request.workbench.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.ui.StaffRequestConsultations;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.ChannelSafety;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.ui.RequestParts;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.request.workbench.StaffRequestPage;
import org.expertportal.request.workbench.StaffRequestPage.NoteEntry;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.UserTextFields;
import org.expertportal.ui.VisitorZone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A request as staff work it: what the client submitted (contact details with their safety
 * warnings), the first-response clock, the timeline, the thread and the internal notes. A reply to
 * the client and an internal note are two separate forms that look different; a note is never one
 * click away from being sent.
 */
@Route("staff/requests/:reference")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestHandlingService handling;
    private final RequestAssignmentService assignment;
    private final ReportDeliveryService delivery;
    private final StaffConsultationChanges consultations;
    private final long myId;
    private final Clock clock;
    private final ZoneId zone;
    private String reference = "";
    private long seenVersion;

    StaffRequestView(RequestHandlingService handling, RequestAssignmentService assignment,
            ReportDeliveryService delivery, StaffConsultationChanges consultations, AccountService accounts,
            Clock clock) {
        this.handling = handling;
        this.consultations = consultations;
        this.assignment = assignment;
        this.delivery = delivery;
        this.myId = accounts.currentAccount().map(a -> a.id()).orElse(0L);
        this.clock = clock;
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = RequestParts.showOrNotFound(event, handling::page, this::render);
    }

    private void reload() {
        render(handling.page(reference));
    }

    private void render(StaffRequestPage page) {
        removeAll();
        StaffRequestPage.Submitted request = page.request();
        reference = request.reference();
        seenVersion = page.version();
        RequestParts.Translator tr = this::getTranslation;
        var status = new Span(getTranslation(request.status().staffNameKey()));
        status.setId("request-status");
        status.getElement().getThemeList().add("badge");
        add(new H1(getTranslation("request.page.title", reference)), new Paragraph(status), clock(request));
        add(new H2(getTranslation("request.staff.contact")), contact(request, page));
        add(new H2(getTranslation("request.page.submitted")), facts(request));
        add(statusForm(page));
        add(RequestParts.timeline(page.timeline(), zone, getLocale(), tr, RequestStatus::staffNameKey));
        add(new H2(getTranslation("request.messages.title")), RequestParts.thread(page.messages(), zone, getLocale(), tr));
        add(replyForm());
        add(notes(page));
        add(documents(page));
        add(new StaffRequestConsultations(consultations, reference, zone));
        add(new RequestWorkSection(reference, assignment.panel(reference), myId, assignment, delivery, handling, zone,
                clock, new RequestWorkSection.Actions() {
                    @Override
                    public void act(BooleanSupplier change, String successKey) {
                        StaffRequestView.this.act(change, successKey);
                    }

                    @Override
                    public void fieldErrors(InvalidInputException refused,
                            Map<String, ? extends HasValidation> fields) {
                        FieldErrors.show(refused, fields, StaffRequestView.this);
                    }
                }));
    }

    private Paragraph clock(StaffRequestPage.Submitted request) {
        var line = new Paragraph();
        line.setId("response-clock");
        if (request.firstResponseMinutes().isPresent()) {
            line.setText(getTranslation("request.answered-in", request.firstResponseMinutes().get()));
        } else {
            Duration left = Duration.between(clock.instant(), request.firstResponseDueAt());
            line.setText(left.isNegative()
                    ? getTranslation("request.staff.overdue-by", left.negated().toMinutes())
                    : getTranslation("request.staff.minutes-left", left.toMinutes(),
                            new DateTimeTexts(getLocale(), zone).dateTimeInZone(request.firstResponseDueAt())));
            line.addClassName(ResponsePolicy.isShortOfTime(left) ? "portal-warning" : "portal-ok");
        }
        request.hearingDate().ifPresent(date -> line.add(new Span(" · " + getTranslation("request.staff.hearing-in",
                ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(zone)), date),
                DateTimeTexts.date(date, getLocale())))));
        return line;
    }

    private UnorderedList contact(StaffRequestPage.Submitted request, StaffRequestPage page) {
        var list = new UnorderedList();
        list.setId("contact");
        list.add(new ListItem(new Span(getTranslation(request.requesterKind().nameKey()) + ": "),
                Texts.content(new Span(request.requesterName()))));
        request.requesterOrganisation().ifPresent(org -> list.add(new ListItem(
                new Span(getTranslation("request.field.organisation") + ": "), Texts.content(new Span(org)))));
        page.organisationName().ifPresent(org -> list.add(new ListItem(
                new Span(getTranslation("request.staff.portal-organisation") + ": "), Texts.content(new Span(org)))));
        list.add(channel(ContactChannel.EMAIL, request.email(), request.safeByEmail()));
        request.phone().ifPresent(phone -> list.add(channel(ContactChannel.PHONE, phone, request.safeByPhone())));
        request.whatsapp().ifPresent(number -> list.add(channel(ContactChannel.WHATSAPP, number,
                request.safeByWhatsapp())));
        list.add(new ListItem(getTranslation("request.field.channel") + ": "
                + getTranslation(request.preferredChannel().nameKey())));
        return list;
    }

    /** The channel with the client's answer about it: safe, not safe, or not asked (docs/adr/037). */
    private ListItem channel(ContactChannel channel, String value, ChannelSafety safety) {
        var item = new ListItem(new Span(getTranslation(channel.nameKey()) + ": "), Texts.content(new Span(value)));
        var answer = new Span(" " + getTranslation(switch (safety) {
            case SAFE -> "request.staff.safe";
            case NOT_SAFE -> "request.staff.not-safe";
            case NOT_ASKED -> "request.staff.safe-not-asked";
        }));
        String id = channel.name().toLowerCase();
        answer.setId(switch (safety) {
            case SAFE -> "safe-" + id;
            case NOT_SAFE -> "unsafe-" + id;
            case NOT_ASKED -> "safe-not-asked-" + id;
        });
        if (safety != ChannelSafety.SAFE) {
            answer.addClassName("portal-warning");
        }
        item.add(answer);
        return item;
    }

    private UnorderedList facts(StaffRequestPage.Submitted request) {
        var facts = new UnorderedList();
        facts.setId("request-facts");
        var kind = new ListItem(getTranslation("request.field.kind") + ": " + getTranslation(request.kind().nameKey()));
        kind.setId("request-kind");
        facts.add(kind);
        request.askedAboutExpert().ifPresent(expert -> {
            var asked = new ListItem(getTranslation("request.asked-expert", expert));
            asked.setId("request-asked-expert");
            facts.add(asked);
        });
        facts.add(new ListItem(getTranslation("request.field.country") + ": "
                + getTranslation(Texts.countryKey(request.countryCode()))));
        if (!request.themeKeys().isEmpty()) {
            facts.add(new ListItem(getTranslation("request.field.themes") + ": " + request.themeKeys().stream()
                    .map(key -> getTranslation("theme." + key)).collect(Collectors.joining(", "))));
        }
        facts.add(new ListItem(getTranslation("request.field.services") + ": " + request.services().stream()
                .map(s -> getTranslation(s.nameKey())).collect(Collectors.joining(", "))));
        if (!request.kind().isShort()) {
            // A short request (docs/adr/035) has no case: no stage or legal aid to show.
            facts.add(new ListItem(getTranslation("request.field.stage") + ": "
                    + getTranslation(request.caseStage().nameKey())));
            facts.add(new ListItem(getTranslation("request.field.legal-aid") + ": "
                    + getTranslation(request.legalAid() ? "common.yes" : "common.no")));
        }
        facts.add(new ListItem(getTranslation("request.field.language") + ": "
                + Texts.languageName(request.preferredLanguage(), getLocale())));
        facts.add(new ListItem(getTranslation("request.staff.received") + ": "
                + new DateTimeTexts(getLocale(), zone).dateTimeInZone(request.receivedAt())));
        request.summary().ifPresent(summary -> {
            var item = new ListItem(getTranslation("request.field.summary") + ": ");
            var text = Texts.content(new Span(summary));
            text.getStyle().set("white-space", "pre-wrap");
            item.add(text);
            facts.add(item);
        });
        return facts;
    }

    private Div statusForm(StaffRequestPage page) {
        var box = new Div(new H2(getTranslation("request.staff.change-status")));
        if (page.nextStatuses().isEmpty()) {
            box.add(new Paragraph(getTranslation("request.staff.finished")));
            return box;
        }
        var target = new ComboBox<RequestStatus>(getTranslation("request.staff.new-status"));
        target.setItems(page.nextStatuses().stream().sorted().toList());
        target.setItemLabelGenerator(s -> getTranslation(s.staffNameKey()));
        target.setId("new-status");
        var reason = new ComboBox<ClosingReason>(getTranslation("request.staff.reason"));
        reason.setItemLabelGenerator(r -> getTranslation(r.nameKey()));
        reason.setId("closing-reason");
        reason.setVisible(false);
        target.addValueChangeListener(e -> {
            boolean needs = e.getValue() != null && e.getValue().needsReason();
            reason.setVisible(needs);
            reason.setItems(needs ? Arrays.stream(ClosingReason.values()).filter(r -> r.fits(e.getValue())).toList()
                    : List.of());
        });
        var note = new TextArea(getTranslation("request.staff.public-note"));
        note.setHelperText(getTranslation("request.staff.public-note.help"));
        note.setId("status-note");
        note.setWidthFull();
        UserTextFields.watch(note, UserText.Kind.TEXT);
        var apply = new Button(getTranslation("request.action.change-status"), click -> act(() -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("request.invalid.required"));
                target.setInvalid(true);
                return false;
            }
            handling.changeStatus(reference, seenVersion, target.getValue(), reason.getValue(), note.getValue());
            return true;
        }, "request.staff.status-changed", note));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("change-status");
        box.add(target, reason, note, apply);
        return box;
    }

    private Div replyForm() {
        var text = new TextArea(getTranslation("request.staff.reply"));
        text.setHelperText(getTranslation("request.staff.reply.help"));
        text.setId("reply-text");
        text.setWidthFull();
        UserTextFields.watch(text, UserText.Kind.TEXT);
        var send = new Button(getTranslation("request.action.send-reply"), click -> act(() -> {
            handling.reply(reference, seenVersion, text.getValue());
            return true;
        }, "request.staff.reply-sent", text));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reply");
        var box = new Div(text, send);
        box.addClassName("portal-reply");
        return box;
    }

    private Div notes(StaffRequestPage page) {
        var box = new Div(new H2(getTranslation("request.notes.title")));
        box.addClassName("portal-note");
        box.setId("internal-notes");
        box.add(new Paragraph(getTranslation("request.notes.explain")));
        for (NoteEntry note : page.notes()) {
            var entry = new Paragraph(new DateTimeTexts(getLocale(), zone).dateTimeInZone(note.at()) + " · ");
            entry.add(Texts.content(new Span(note.author())));
            var body = Texts.content(new Paragraph(note.body()));
            body.getStyle().set("white-space", "pre-wrap");
            box.add(entry, body);
        }
        var text = new TextArea(getTranslation("request.notes.new"));
        text.setId("note-text");
        text.setWidthFull();
        UserTextFields.watch(text, UserText.Kind.TEXT);
        var save = new Button(getTranslation("request.action.add-note"), click -> act(() -> {
            handling.addNote(reference, text.getValue());
            return true;
        }, "request.notes.saved", text));
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        save.setId("add-note");
        box.add(text, save);
        return box;
    }

    private Div documents(StaffRequestPage page) {
        var box = new Div(new H2(getTranslation("request.documents.title")));
        var list = new UnorderedList();
        list.setId("documents");
        for (var document : page.documents()) {
            long id = document.id();
            var link = new Anchor(DocumentDownloads.handler(sink -> handling.download(reference, id, sink)),
                    document.name());
            link.setId("document-" + id);
            Texts.content(link);
            list.add(new ListItem(new Span(getTranslation(document.kind().nameKey()) + " · "), link,
                    new Span(" · " + new DateTimeTexts(getLocale(), zone).dateTimeInZone(document.addedAt()) + " · "
                            + getTranslation(document.sharedWithClient() ? "request.documents.shared"
                                    : "request.documents.staff-only"))));
        }
        if (page.documents().isEmpty()) {
            box.add(new Paragraph(getTranslation("request.documents.empty")));
        }
        box.add(list);
        return box;
    }

    /** Runs a change; a refusal is shown, a concurrent change asks to reload, success reloads. */
    private void act(BooleanSupplier change, String successKey, TextArea... field) {
        try {
            if (!change.getAsBoolean()) {
                return;
            }
            Notifications.success(successKey);
            reload();
        } catch (InvalidInputException refused) {
            String key = refused.fieldErrors().values().iterator().next();
            if (field.length > 0) {
                field[0].setErrorMessage(getTranslation(key));
                field[0].setInvalid(true);
            } else {
                error(key);
            }
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException changedMeanwhile) {
            error("request.refused.changed-meanwhile");
        } catch (DomainException refused) {
            // Not left to the error handler: the workbench's refusals carry their own id.
            error(refused.messageKey(), refused.arguments());
        }
    }

    private void error(String key, Object... arguments) {
        Notifications.error(key, arguments).setId("request-error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.page.title", reference) + " | " + getTranslation("app.name");
    }
}
