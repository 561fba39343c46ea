package org.expertportal.request.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.consultation.ui.ConsultationPanel;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestTexts;
import org.expertportal.request.tracking.ClientRequestViews.DocumentEntry;
import org.expertportal.request.tracking.ClientRequestViews.RequestPage;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.request.ui.RequestParts;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.ContactDetails;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.UserTextFields;
import org.expertportal.ui.VisitorZone;

/**
 * One request, for the client's side: where it stands and what happens next, the timeline, the
 * thread with staff, case documents and what staff shared, and cancelling while that is allowed.
 * Everything comes from the tracking use case, which answers "not found" for other people's requests.
 */
@Route("my/requests/:reference")
@RolesAllowed(Roles.CLIENT)
class MyRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestTrackingService tracking;
    private final ConsultationService consultations;
    private final ContactChannels contact;
    private final ZoneId zone;
    private String reference = "";
    /** What the last upload stored, said under the list until another file is chosen (this page only). */
    private Optional<Paragraph> uploadResult = Optional.empty();

    MyRequestView(RequestTrackingService tracking, AccountService accounts, ConsultationService consultations,
            ContactChannels contact) {
        this.tracking = tracking;
        this.consultations = consultations;
        this.contact = contact;
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = RequestParts.showOrNotFound(event, tracking::page, this::render);
    }

    private void render(RequestPage page) {
        removeAll();
        reference = page.reference();
        RequestParts.Translator tr = this::getTranslation;
        var status = new Span(getTranslation(page.status().nameKey()));
        status.setId("request-status");
        status.getElement().getThemeList().add("badge");
        var next = new Paragraph(getTranslation(page.status().nextStepKey()));
        next.setId("next-step");
        var response = new Paragraph(page.answeredInMinutes()
                .map(minutes -> getTranslation("request.answered-in", minutes))
                .orElseGet(() -> getTranslation("request.respond-by", new DateTimeTexts(getLocale(), zone).dateTimeInZone(page.respondBy()))));
        response.setId("response-time");
        add(Texts.withLeftToRight(new H1(), getTranslation("request.page.title", page.reference()), page.reference()));
        page.report().ifPresent(report -> add(reportDownload(report)));
        add(new Paragraph(status), next);
        page.expertName().ifPresent(name -> {
            var expert = new Paragraph(getTranslation("request.expert") + " ");
            expert.add(Texts.content(new Span(name)));
            expert.setId("request-expert");
            add(expert);
        });
        add(response);
        if (page.overdue()) {
            add(overdue());
        }
        page.closingReason().ifPresent(reason -> add(new Paragraph(getTranslation(reason.nameKey()))));

        String repeatForm = "request?repeat=" + page.reference().toLowerCase(Locale.ROOT);
        var repeat = new Anchor(repeatForm, getTranslation("request.action.repeat"));
        repeat.setId("repeat-request");
        add(new H2(getTranslation("request.page.submitted")), facts(page), yourReference(page), new Paragraph(repeat));
        // Nothing to book once the report is there.
        if (!page.status().isFinished() && page.status() != RequestStatus.DELIVERED && page.report().isEmpty()) {
            add(ConsultationPanel.forRequest(consultations, contact, page.reference(), zone,
                    () -> render(tracking.page(reference))));
        }
        add(RequestParts.timeline(page.timeline(), zone, getLocale(), tr, RequestStatus::nameKey));
        add(new H2(getTranslation("request.messages.title")), RequestParts.thread(page.messages(), zone, getLocale(), tr));
        if (!page.status().isFinished()) {
            add(messageForm());
        }
        add(documents(page));
        if (page.mayCancel()) {
            add(cancelButton());
        }
    }

    /** The delivered report, first thing on the page. */
    private Anchor reportDownload(DocumentEntry report) {
        long id = report.id();
        var download = new Anchor(DocumentDownloads.handler(sink -> tracking.download(reference, id, sink)),
                getTranslation("request.report.download"));
        download.addClassName("portal-action-link");
        download.setId("download-report");
        return download;
    }

    /** The first-response time passed unanswered: say so, apologise, and give the direct channels. */
    private Div overdue() {
        var box = new Div(new H2(getTranslation("request.overdue.title")),
                new Paragraph(getTranslation("request.overdue.text")), new ContactDetails(contact));
        box.setId("request-overdue");
        box.addClassName("portal-note");
        return box;
    }

    private UnorderedList facts(RequestPage page) {
        var facts = new UnorderedList();
        facts.setId("request-facts");
        facts.add(new ListItem(getTranslation("request.field.kind") + ": " + getTranslation(page.kind().nameKey())));
        page.askedAboutExpert().ifPresent(expert -> {
            var asked = new ListItem(getTranslation("request.asked-expert", expert));
            asked.setId("request-asked-expert");
            facts.add(asked);
        });
        facts.add(new ListItem(getTranslation("request.field.country") + ": " + getTranslation(Texts.countryKey(page.countryCode()))));
        if (!page.themeKeys().isEmpty()) {
            facts.add(new ListItem(getTranslation("request.field.themes") + ": " + page.themeKeys().stream()
                    .map(key -> getTranslation("theme." + key)).collect(Collectors.joining(", "))));
        }
        facts.add(new ListItem(getTranslation("request.field.services") + ": " + page.services().stream()
                .map(s -> getTranslation(s.nameKey())).collect(Collectors.joining(", "))));
        if (!page.kind().isShort()) {
            // A short request (docs/adr/035) has no case: no stage to show.
            facts.add(new ListItem(getTranslation("request.field.stage") + ": "
                    + getTranslation(page.caseStage().nameKey())));
        }
        page.hearingDate().ifPresent(date -> facts.add(
                new ListItem(getTranslation("request.field.hearing") + ": " + DateTimeTexts.date(date, getLocale()))));
        if (!page.kind().isShort()) {
            facts.add(new ListItem(getTranslation("request.field.legal-aid") + ": "
                    + getTranslation(page.legalAid() ? "common.yes" : "common.no")));
        }
        page.summary().ifPresent(summary -> {
            var item = new ListItem(getTranslation("request.field.summary") + ": ");
            item.add(Texts.content(new Span(summary)));
            facts.add(item);
        });
        return facts;
    }

    /** The client's own file number: shown, changed or cleared here, checked by the use case. */
    private Div yourReference(RequestPage page) {
        var field = new TextField(getTranslation("request.field.your-reference"));
        field.setId("your-reference");
        field.setHelperText(getTranslation("request.field.your-reference.help"));
        field.setMaxLength(RequestTexts.MAX_CLIENT_REFERENCE);
        field.setValue(page.yourReference().orElse(""));
        UserTextFields.watch(field, UserText.Kind.LINE);
        var save = new Button(getTranslation("request.your-reference.save"), click -> {
            field.setInvalid(false);
            try {
                tracking.setYourReference(reference, field.getValue());
                Notifications.success("request.your-reference.saved");
                render(tracking.page(reference));
            } catch (InvalidInputException refused) {
                field.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                field.setInvalid(true);
            }
        });
        save.setId("save-your-reference");
        var box = new Div(field, save);
        box.addClassName("your-reference");
        return box;
    }

    private Div messageForm() {
        var text = new TextArea(getTranslation("request.messages.new"));
        text.setId("message-text");
        text.setMaxLength(RequestTrackingService.MAX_MESSAGE);
        text.setWidthFull();
        UserTextFields.watch(text, UserText.Kind.TEXT);
        var send = new Button(getTranslation("request.action.send-message"), click -> {
            text.setInvalid(false);
            try {
                tracking.sendMessage(reference, text.getValue());
                Notifications.success("request.messages.sent");
                render(tracking.page(reference));
            } catch (InvalidInputException refused) {
                text.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-message");
        return new Div(text, send);
    }

    private Div documents(RequestPage page) {
        var box = new Div(new H2(getTranslation("request.documents.title")));
        var list = new UnorderedList();
        list.setId("documents");
        for (DocumentEntry document : page.documents()) {
            long id = document.id();
            var link = new Anchor(DocumentDownloads.handler(sink -> tracking.download(reference, id, sink)),
                    document.name());
            link.setId("document-" + id);
            Texts.content(link);
            list.add(new ListItem(new Span(getTranslation(document.kind().nameKey()) + " · "), link,
                    new Span(" · " + new DateTimeTexts(getLocale(), zone).dateTimeInZone(document.addedAt()))));
        }
        if (page.documents().isEmpty()) {
            box.add(new Paragraph(getTranslation("request.documents.empty")));
        }
        box.add(list);
        if (!page.status().isFinished()) {
            box.add(caseDocumentUpload());
        }
        uploadResult.ifPresent(box::add);
        return box;
    }

    /**
     * One action: choosing a file sends it (with the upload's own progress bar) and stores it at
     * once; the result is said under the list, or the refusal under the field, and nothing is kept.
     */
    private DocumentUpload caseDocumentUpload() {
        var upload = new DocumentUpload(DocumentPurpose.CASE_DOCUMENT, "");
        upload.setAddText(getTranslation("request.documents.add",
                DocumentUpload.accepted(DocumentPurpose.CASE_DOCUMENT, this::getTranslation)));
        upload.setId("case-document");
        upload.onReceived(() -> {
            // The last result no longer holds once another file is chosen.
            uploadResult.ifPresent(Paragraph::removeFromParent);
            uploadResult = Optional.empty();
            try {
                String name = upload.submit((fileName, content) -> {
                    tracking.uploadCaseDocument(reference, fileName, content);
                    return fileName;
                });
                var result = new Paragraph(getTranslation("request.documents.added") + " ");
                result.add(Texts.content(new Span(name)));
                result.setId("upload-result");
                uploadResult = Optional.of(result);
                Notifications.success("request.documents.uploaded");
                render(tracking.page(reference));
            } catch (DomainException refused) {
                upload.showError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        return upload;
    }

    private Button cancelButton() {
        var cancel = new Button(getTranslation("request.action.cancel"), click -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("request.cancel.title"));
            var note = new TextArea(getTranslation("request.cancel.note"));
            note.setId("cancel-note");
            note.setWidthFull();
            dialog.add(new Paragraph(getTranslation("request.cancel.explain")), note);
            var confirm = new Button(getTranslation("request.action.confirm-cancel"), confirmed -> {
                // Closed first: a refusal (too late to cancel, say) is shown over the page, not the dialog.
                dialog.close();
                tracking.cancel(reference, note.getValue());
                render(tracking.page(reference));
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-cancel");
            var keep = new Button(getTranslation("request.action.keep"), kept -> dialog.close());
            dialog.getFooter().add(keep, confirm);
            dialog.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("cancel-request");
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.page.title", reference) + " | " + getTranslation("app.name");
    }
}
