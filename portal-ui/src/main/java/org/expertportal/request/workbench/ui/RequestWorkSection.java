package org.expertportal.request.workbench.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.expert.FeeBasis;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.ExpertState;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.queue.StaffQueueQueries.StaffMember;
import org.expertportal.request.workbench.DeliveryPreview;
import org.expertportal.request.workbench.ExpertInstruction.InstructionDraft;
import org.expertportal.request.workbench.ExpertMatch;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.request.workbench.RequestWorkPanel;
import org.expertportal.request.workbench.RequestWorkPanel.ReportVersion;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.DateField;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Texts;
import org.expertportal.ui.UserTextFields;

/**
 * The workbench part of the staff request page: owner, expert (matching ones first), instruction,
 * report versions with delivery, and samples and CVs to share. Each action goes through
 * {@link Actions#act}, which shows refusals and reloads the page on success.
 */
final class RequestWorkSection extends Div {

    /** What the page gives this section: run a change with a success message, and the page's context. */
    interface Actions {
        void act(BooleanSupplier change, String successKey);

        void fieldErrors(InvalidInputException refused, Map<String, ? extends HasValidation> fields);
    }

    private final Clock clock;

    RequestWorkSection(String reference, RequestWorkPanel panel, long myId, RequestAssignmentService assignment,
            ReportDeliveryService delivery, RequestHandlingService handling, ZoneId zone, Clock clock,
            Actions actions) {
        // "Today" for a declaration signed without a date: the office's day by the application's clock.
        this.clock = clock;
        setId("workbench");
        add(owner(reference, panel, myId, assignment, actions));
        add(expert(reference, panel, assignment, delivery, actions));
        panel.expert().filter(expert -> expert.state() == ExpertState.ASSIGNED)
                .ifPresent(expert -> add(instruction(reference, panel, assignment, zone, actions)));
        add(reports(reference, panel, delivery, handling, zone, actions));
        add(samples(reference, panel, delivery, actions));
    }

    private Div owner(String reference, RequestWorkPanel panel, long myId, RequestAssignmentService assignment,
            Actions actions) {
        var box = new Div(new H2(getTranslation("workbench.owner.title")));
        Map<Long, String> names = new HashMap<>();
        panel.staff().forEach(member -> names.put(member.id(), member.name()));
        var current = new Paragraph(panel.assigneeId().map(id -> getTranslation("workbench.owner.current",
                names.getOrDefault(id, "?"))).orElseGet(() -> getTranslation("workbench.owner.none")));
        current.setId("owner");
        var take = new Button(getTranslation("workbench.owner.take"),
                click -> actions.act(() -> {
                    assignment.assignStaff(reference, panel.version(), myId);
                    return true;
                }, "workbench.owner.assigned"));
        take.setId("take-request");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setVisible(panel.assigneeId().filter(id -> id == myId).isEmpty());
        var choose = new Select<Long>();
        choose.setLabel(getTranslation("workbench.owner.choose"));
        choose.setItems(panel.staff().stream().map(StaffMember::id).toList());
        choose.setItemLabelGenerator(names::get);
        choose.setId("owner-choice");
        var assign = new Button(getTranslation("workbench.owner.assign"), click -> actions.act(() -> {
            assignment.assignStaff(reference, panel.version(), choose.getValue());
            return true;
        }, "workbench.owner.assigned"));
        assign.setId("assign-owner");
        box.add(current, take, choose, assign);
        return box;
    }

    private Div expert(String reference, RequestWorkPanel panel, RequestAssignmentService assignment,
            ReportDeliveryService delivery, Actions actions) {
        var box = new Div(new H2(getTranslation("workbench.expert.title")));
        var current = new Paragraph(panel.expert()
                .map(expert -> getTranslation("workbench.expert.current", expert.name(),
                        getTranslation(expert.state().nameKey())))
                .orElseGet(() -> getTranslation("workbench.expert.none")));
        current.setId("expert");
        box.add(current, new Paragraph(getTranslation("workbench.expert.explain")));
        var list = new UnorderedList();
        list.setId("expert-candidates");
        for (ExpertMatch match : panel.candidates()) {
            long id = match.expert().id();
            var item = new ListItem();
            item.setId("candidate-" + match.expert().slug());
            item.add(Texts.content(new Span(match.expert().name())));
            List<String> facts = new ArrayList<>();
            if (match.askedFor()) {
                facts.add(getTranslation("workbench.expert.asked-for"));
            }
            if (match.matching()) {
                facts.add(getTranslation("workbench.expert.matching"));
            }
            facts.add(getTranslation(match.coversCountry() ? "workbench.expert.covers-country"
                    : "workbench.expert.other-country"));
            facts.add(getTranslation("workbench.expert.themes", match.themesMatched(), match.themesWanted()));
            facts.add(getTranslation(match.expert().availability().nameKey()));
            var summary = new Span(" · " + String.join(" · ", facts) + " ");
            if (match.matching()) {
                summary.addClassName("portal-ok");
            }
            item.add(summary);
            var propose = new Button(getTranslation("workbench.expert.propose"), click -> actions.act(() -> {
                assignment.proposeExpert(reference, panel.version(), id);
                return true;
            }, "workbench.expert.proposed"));
            propose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            propose.setId("propose-" + match.expert().slug());
            var assign = new Button(getTranslation("workbench.expert.assign"), click -> actions.act(() -> {
                assignment.assignExpert(reference, panel.version(), id, null);
                return true;
            }, "workbench.expert.assigned"));
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            assign.setId("assign-" + match.expert().slug());
            var shareCv = new Button(getTranslation("workbench.share.cv"), click -> actions.act(() -> {
                delivery.shareExpertCv(reference, id);
                return true;
            }, "workbench.share.done"));
            shareCv.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            shareCv.setId("share-cv-" + match.expert().slug());
            item.add(propose, assign, shareCv);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div instruction(String reference, RequestWorkPanel panel, RequestAssignmentService assignment,
            ZoneId zone, Actions actions) {
        var box = new Div(new H2(getTranslation("workbench.instruction.title")));
        box.setId("instruction");
        var questions = new TextArea(getTranslation("workbench.instruction.questions"));
        questions.setWidthFull();
        questions.setId("instruction-questions");
        var documents = new TextArea(getTranslation("workbench.instruction.documents"));
        documents.setWidthFull();
        documents.setId("instruction-documents");
        var fee = new Select<FeeBasis>();
        fee.setLabel(getTranslation("workbench.instruction.fee-basis"));
        fee.setItems(FeeBasis.values());
        fee.setItemLabelGenerator(basis -> getTranslation(basis.nameKey()));
        fee.setId("instruction-fee-basis");
        var feeTerms = new TextField(getTranslation("workbench.instruction.fee-terms"));
        feeTerms.setId("instruction-fee-terms");
        var due = new DateField(getTranslation("workbench.instruction.due"));
        due.setId("instruction-due");
        var declared = new Checkbox(getTranslation("workbench.instruction.declaration"));
        declared.setId("instruction-declared");
        var declaredOn = new DateField(getTranslation("workbench.instruction.declaration-date"));
        declaredOn.setId("instruction-declared-on");
        panel.instruction().ifPresent(existing -> {
            questions.setValue(existing.questions());
            documents.setValue(existing.documentsSent().orElse(""));
            fee.setValue(existing.feeBasis());
            feeTerms.setValue(existing.feeTerms().orElse(""));
            due.setValue(existing.dueDate());
            declared.setValue(existing.declarationSignedOn().isPresent());
            declaredOn.setValue(existing.declarationSignedOn().orElse(null));
            box.add(new Paragraph(getTranslation("workbench.instruction.recorded",
                    new DateTimeTexts(getLocale(), zone).dateTimeInZone(existing.recordedAt()))));
        });
        Long seen = panel.instruction().map(RequestWorkPanel.InstructionEntry::version).orElse(null);
        Map<String, HasValidation> fields = Map.of("questions", questions, "documentsSent",
                documents, "feeBasis", fee, "feeTerms", feeTerms, "dueDate", due, "declarationSignedOn", declaredOn);
        var save = new Button(getTranslation("workbench.instruction.save"), click -> {
            FieldErrors.clear(fields);
            if (DateField.anyUnreadable(due, declaredOn)) {
                return;
            }
            var draft = new InstructionDraft(questions.getValue(), documents.getValue(), fee.getValue(),
                    feeTerms.getValue(), due.getValue(),
                    declared.getValue() ? (declaredOn.getValue() == null ? LocalDate.now(clock.withZone(zone)) : declaredOn.getValue())
                            : null);
            actions.act(() -> {
                try {
                    assignment.recordInstruction(reference, seen, draft);
                    return true;
                } catch (InvalidInputException refused) {
                    actions.fieldErrors(refused, fields);
                    return false;
                }
            }, "workbench.instruction.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-instruction");
        box.add(questions, documents, fee, feeTerms, due, declared, declaredOn, save);
        return box;
    }

    private Div reports(String reference, RequestWorkPanel panel, ReportDeliveryService delivery,
            RequestHandlingService handling, ZoneId zone, Actions actions) {
        var box = new Div(new H2(getTranslation("workbench.reports.title")));
        box.setId("reports");
        box.add(new Paragraph(getTranslation("workbench.reports.explain")));
        var list = new UnorderedList();
        list.setId("report-versions");
        var note = new TextArea(getTranslation("workbench.delivery.note"));
        note.setHelperText(getTranslation("workbench.delivery.note.help"));
        note.setId("delivery-note");
        note.setWidthFull();
        UserTextFields.watch(note, UserText.Kind.TEXT);
        for (ReportVersion report : panel.reports()) {
            var item = new ListItem();
            item.setId("report-" + report.version());
            var link = new Anchor(DocumentDownloads.handler(sink -> handling.download(reference, report.id(), sink)),
                    report.name());
            Texts.content(link);
            DateTimeTexts times = new DateTimeTexts(getLocale(), zone);
            item.add(new Span(getTranslation("workbench.reports.version", report.version()) + " · "
                    + getTranslation(report.isFinal() ? "workbench.reports.final" : "workbench.reports.draft") + " · "),
                    link, new Span(" · " + times.dateTimeInZone(report.addedAt()) + " · "
                            + report.deliveredAt().map(at -> getTranslation("workbench.reports.delivered-at",
                                    times.dateTimeInZone(at)))
                                    .orElseGet(() -> getTranslation("request.documents.staff-only"))));
            if (report.deliveredAt().isPresent()) {
                var downloaded = new Span(" · " + report.firstClientDownloadAt()
                        .map(at -> getTranslation("workbench.delivery.first-download", times.dateTimeInZone(at)))
                        .orElseGet(() -> getTranslation("workbench.delivery.not-downloaded")));
                downloaded.setId("first-download-" + report.version());
                item.add(downloaded);
            }
            if (report.isFinal() && report.deliveredAt().isEmpty() && panel.delivery().isReady()) {
                var deliver = new Button(getTranslation("workbench.reports.deliver"), click -> actions.act(() -> {
                    // Nothing changes here: the dialog asks first, and its confirmation delivers.
                    note.setInvalid(false);
                    try {
                        confirmation(reference, panel, delivery,
                                delivery.preview(reference, report.id(), note.getValue()), note.getValue(), actions)
                                .open();
                    } catch (InvalidInputException refused) {
                        // The message, refused before anything is asked: shown on its field.
                        note.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                        note.setInvalid(true);
                    }
                    return false;
                }, "workbench.reports.delivered"));
                deliver.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                deliver.setId("deliver-" + report.version());
                item.add(deliver);
            }
            list.add(item);
        }
        if (panel.reports().isEmpty()) {
            box.add(new Paragraph(getTranslation("workbench.reports.none")));
        }
        var upload = new DocumentUpload(DocumentPurpose.REPORT, getTranslation("workbench.reports.file",
                DocumentPurpose.REPORT.maxMegabytes()));
        upload.setId("report-file");
        var isFinal = new Checkbox(getTranslation("workbench.reports.is-final"));
        isFinal.setId("report-final");
        var send = new Button(getTranslation("workbench.reports.upload"), click -> {
            if (!upload.hasFile()) {
                upload.showError(getTranslation("workbench.reports.no-file"));
                return;
            }
            actions.act(() -> {
                try {
                    upload.submit((name, in) -> delivery.uploadReport(reference, name, in, isFinal.getValue()));
                    return true;
                } catch (DomainException refused) {
                    // Shown on the upload itself, next to the file it is about.
                    upload.showError(getTranslation(refused.messageKey(), refused.arguments()));
                    return false;
                }
            }, "workbench.reports.uploaded");
        });
        send.setId("upload-report");
        box.add(list, deliveryNeeds(panel, note), new H3(getTranslation("workbench.reports.new")), upload, isFinal,
                send);
        return box;
    }

    /**
     * What delivery needs, in words (docs/adr/041): the status steps it will take with the message
     * field, or a disabled Deliver button with the one missing step.
     */
    private Div deliveryNeeds(RequestWorkPanel panel, TextArea note) {
        var box = new Div(new H3(getTranslation("workbench.delivery.title")));
        box.setId("delivery");
        var needs = new Paragraph();
        needs.setId("delivery-needs");
        box.add(needs);
        RequestWorkPanel.DeliveryReadiness readiness = panel.delivery();
        if (readiness.isReady()) {
            needs.setText(readiness.steps().isEmpty() ? getTranslation("workbench.delivery.steps-none")
                    : getTranslation("workbench.delivery.steps", path(panel.status(), readiness.steps())));
            box.add(note);
        } else {
            needs.setText(getTranslation(readiness.missingStepKey().orElseThrow()));
            needs.addClassName("portal-warning");
            var deliver = new Button(getTranslation("workbench.reports.deliver"));
            deliver.setEnabled(false);
            deliver.setId("deliver");
            deliver.setTooltipText(needs.getText());
            box.add(deliver);
        }
        return box;
    }

    private String path(RequestStatus from, List<RequestStatus> steps) {
        return Stream.concat(Stream.of(from), steps.stream()).map(status -> getTranslation(status.staffNameKey()))
                .collect(Collectors.joining(" → "));
    }

    /**
     * The confirmation before a delivery: exactly what the client will receive (file, version and
     * message), where the status goes, and to whom the alert is written, as the service previewed
     * it. Cancel closes it and nothing is delivered.
     */
    private Dialog confirmation(String reference, RequestWorkPanel panel, ReportDeliveryService delivery,
            DeliveryPreview preview, String message, Actions actions) {
        var dialog = new Dialog();
        dialog.setId("deliver-dialog");
        dialog.setHeaderTitle(getTranslation("workbench.delivery.confirm.title"));
        var file = Texts.content(new Paragraph(getTranslation("workbench.delivery.confirm.file", preview.fileName())));
        file.setId("confirm-file");
        var version = new Paragraph(getTranslation("workbench.delivery.confirm.version", preview.version()));
        version.setId("confirm-version");
        var said = Texts.content(new Paragraph(preview.message()
                .map(text -> getTranslation("workbench.delivery.confirm.message", text))
                .orElseGet(() -> getTranslation("workbench.delivery.confirm.no-message"))));
        said.getStyle().set("white-space", "pre-wrap");
        said.setId("confirm-message");
        var recipients = Texts.content(new Paragraph(preview.recipients().isEmpty()
                ? getTranslation("workbench.delivery.confirm.no-recipients")
                : getTranslation("workbench.delivery.confirm.recipients", String.join(", ", preview.recipients()))));
        recipients.setId("confirm-recipients");
        if (preview.recipients().isEmpty()) {
            recipients.addClassName("portal-warning");
        }
        var steps = new Paragraph(getTranslation("workbench.delivery.confirm.steps",
                preview.steps().isEmpty() ? getTranslation(preview.from().staffNameKey())
                        : path(preview.from(), preview.steps())));
        steps.setId("confirm-steps");
        dialog.add(file, version, said, recipients, steps);
        var confirm = new Button(getTranslation("workbench.delivery.confirm.deliver"), click -> {
            // Closed first: a refusal (changed meanwhile, say) is shown over the page, not the dialog.
            dialog.close();
            actions.act(() -> {
                delivery.deliver(reference, panel.version(), preview.reportId(), message);
                return true;
            }, "workbench.reports.delivered");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-deliver");
        var cancel = new Button(getTranslation("workbench.delivery.confirm.cancel"), click -> dialog.close());
        cancel.setId("cancel-deliver");
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private Div samples(String reference, RequestWorkPanel panel, ReportDeliveryService delivery, Actions actions) {
        var box = new Div(new H2(getTranslation("workbench.share.samples")));
        box.setId("share-samples");
        if (panel.samples().isEmpty()) {
            box.add(new Paragraph(getTranslation("workbench.share.no-samples")));
        }
        var list = new UnorderedList();
        for (var sample : panel.samples()) {
            var share = new Button(getTranslation("workbench.share.sample"), click -> actions.act(() -> {
                delivery.shareSample(reference, sample.id());
                return true;
            }, "workbench.share.done"));
            share.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            share.setId("share-sample-" + sample.id());
            list.add(new ListItem(Texts.content(new Span(sample.title() + " (" + sample.year() + ") ")), share));
        }
        box.add(list);
        return box;
    }
}
