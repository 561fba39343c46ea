package org.expertportal.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.FileFactory;
import com.vaadin.flow.server.streams.FileUploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.FileNames;
import org.expertportal.shared.InvalidInputException;
import org.slf4j.LoggerFactory;

/**
 * One document (a PDF; for case papers also Word or an image, as its {@link DocumentPurpose}
 * allows), received into a temporary file (streamed, never in memory) and handed to a use case as
 * a stream. The temporary file is deleted once used, when replaced, and when the field leaves the
 * page, so an abandoned or refused upload leaves nothing behind. The use case does the real checks
 * (name, size, type by content); the limits set here only spare the user a pointless transfer.
 */
public class DocumentUpload extends Div {

    private record Pending(String fileName, File file) {}

    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final Upload upload;
    private final Span error = new Span();
    private final DocumentPurpose purpose;
    private final List<Runnable> onReceived = new ArrayList<>();
    private String addText;

    public DocumentUpload(DocumentPurpose purpose, String label) {
        this.purpose = purpose;
        addClassName("portal-upload");
        // Vaadin's built-in handlers call back on the UI thread: the page can react at once. The
        // temporary file is named by us: Vaadin's TemporaryFileUploadHandler puts the name the
        // browser sent into the file's name, and a name with a path ("../x.pdf") then fails the
        // whole request (HTTP 500) before any of our checks could answer it.
        FileFactory temporaryFile = metadata -> Files.createTempFile("portal-upload-", ".tmp").toFile();
        var handler = new FileUploadHandler((metadata, file) -> received(metadata.fileName(), file), temporaryFile) {
            @Override
            public long getFileSizeMax() {
                return purpose.maxBytes();
            }

            @Override
            public long getRequestSizeMax() {
                return purpose.maxBytes() + 1024 * 1024;
            }
        };
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) purpose.maxBytes());
        upload.setAcceptedFileTypes(acceptedTypes(purpose));
        upload.setI18n(translatedTexts());
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> discard());
        error.addClassName("portal-field-error");
        error.setVisible(false);
        var caption = new Span(label);
        caption.addClassName("portal-field-label");
        add(caption, upload, error);
    }

    /** Streams the received file into {@code use}; the file is deleted afterwards, unless the use
     * case refused the rest of the form, so that the user can correct it without sending again. */
    public <T> T submit(BiFunction<String, InputStream, T> use) {
        Pending file = pending.get();
        if (file == null) {
            throw new IllegalStateException("no file received");
        }
        boolean keep = false;
        try (InputStream in = Files.newInputStream(file.file().toPath())) {
            return use.apply(file.fileName(), in);
        } catch (InvalidInputException formRefused) {
            keep = true;
            throw formRefused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!keep) {
                discard();
                upload.clearFileList();
            }
        }
    }

    /** What the browser's file picker offers: the purpose's types; the use case checks the content itself. */
    private static String[] acceptedTypes(DocumentPurpose purpose) {
        return purpose.types().stream()
                .sorted()
                .flatMap(type -> Stream.concat(Stream.of(type.mediaType()), type.extensions().stream().map(e -> "." + e)))
                .toArray(String[]::new);
    }

    /**
     * The words on the button that opens the file picker, instead of "Choose a PDF…": say what is
     * accepted ("Add a document: PDF, Word, JPEG or PNG, up to 25 MB").
     */
    public void setAddText(String text) {
        addText = text;
        upload.setI18n(translatedTexts());
    }

    /**
     * What this purpose accepts, in the reader's words: "PDF, Word, JPEG or PNG, up to 25 MB" (from
     * the purpose's types and limit; {@code translate} is the page's translation).
     */
    public static String accepted(DocumentPurpose purpose, Function<String, String> translate) {
        List<String> names = purpose.types().stream().sorted()
                .map(type -> translate.apply("document.type." + type.name().toLowerCase(Locale.ROOT)))
                .toList();
        String types = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + translate.apply("common.or") + " "
                        + names.getLast();
        return types + ", " + translate.apply("upload.up-to") + " " + purpose.maxMegabytes() + " "
                + translate.apply("upload.unit.mb");
    }

    /** Runs {@code action} on the UI thread each time a file has been received. */
    public void onReceived(Runnable action) {
        onReceived.add(action);
    }

    public boolean hasFile() {
        return pending.get() != null;
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(pending.get()).map(Pending::fileName);
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        getElement().setAttribute("invalid", true);
    }

    public void clearError() {
        error.setText("");
        error.setVisible(false);
        getElement().removeAttribute("invalid");
    }

    public String errorText() {
        return error.getText();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        upload.setI18n(translatedTexts());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }

    private void received(String fileName, File file) {
        Optional<String> badName = FileNames.refusal(fileName);
        if (badName.isPresent()) {
            // Said at once, in the person's language; the use case would refuse it in the same words.
            delete(file);
            discard();
            upload.clearFileList();
            showError(getTranslation(badName.get()));
            return;
        }
        replace(new Pending(fileName, file));
        clearError();
        List.copyOf(onReceived).forEach(Runnable::run);
    }

    private void replace(Pending next) {
        Pending previous = pending.getAndSet(next);
        if (previous != null) {
            delete(previous.file());
        }
    }

    private void discard() {
        Pending previous = pending.getAndSet(null);
        if (previous != null) {
            delete(previous.file());
        }
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            // Left in the system's temporary folder, which the operating system clears.
            LoggerFactory.getLogger(DocumentUpload.class).warn("A temporary upload could not be deleted: {}", e.getMessage());
        }
    }

    private UploadI18N translatedTexts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("upload.drop-one"))
                        .setMany(getTranslation("upload.drop-one")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(addText == null ? getTranslation("upload.add-pdf") : addText)
                        .setMany(addText == null ? getTranslation("upload.add-pdf") : addText))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.one-file"))
                        .setFileIsTooBig(getTranslation("document.refused.too-large", purpose.maxMegabytes()))
                        .setIncorrectFileType(getTranslation(purpose.typeRefusalKey())))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.retry"))
                        .setStart(getTranslation("upload.start"))
                        .setRemove(getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining"))
                                .setUnknown(getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.server"))
                                .setUnexpectedServerError(getTranslation("upload.error.server"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(getTranslation("document.refused.too-large", purpose.maxMegabytes()))))
                .setUnits(List.of(getTranslation("upload.unit.b"), getTranslation("upload.unit.kb"),
                        getTranslation("upload.unit.mb"), getTranslation("upload.unit.gb"),
                        getTranslation("upload.unit.tb")));
    }
}
