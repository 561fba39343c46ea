package org.expertportal.request;

import java.util.Map;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText;

/** Checks shared by the free-text inputs of requests, and the document purpose of each kind. */
public final class RequestTexts {

    static final int MAX_NOTE = 2000;

    /** The longest client's own reference ("your reference"). */
    public static final int MAX_CLIENT_REFERENCE = 40;

    private RequestTexts() {}

    /** A message or note body: required, at most {@link RequestTrackingService#MAX_MESSAGE} characters. */
    public static String message(String body) {
        if (UserText.isBlank(body)) {
            throw new InvalidInputException(Map.of("body", "request.invalid.required"));
        }
        if (body.strip().length() > RequestTrackingService.MAX_MESSAGE) {
            throw new InvalidInputException(Map.of("body", "request.invalid.too-long"));
        }
        return UserText.requireClean("body", body.strip(), UserText.Kind.TEXT);
    }

    /** A public note on a status change: optional, at most {@link #MAX_NOTE} characters. */
    public static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(Map.of("note", "request.invalid.too-long"));
        }
        return UserText.requireClean("note", note.strip(), UserText.Kind.TEXT);
    }

    /**
     * The client's own reference: optional (blank clears it), one line, at most
     * {@link #MAX_CLIENT_REFERENCE} characters; refused otherwise, naming the field {@code clientReference}.
     */
    public static String clientReference(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_CLIENT_REFERENCE) {
            throw new InvalidInputException(Map.of("clientReference", "request.invalid.your-reference.too-long"));
        }
        return UserText.requireClean("clientReference", stripped, UserText.Kind.LINE);
    }

    public static DocumentPurpose purposeOf(RequestDocumentKind kind) {
        return switch (kind) {
            case CASE_DOCUMENT -> DocumentPurpose.CASE_DOCUMENT;
            case REPORT -> DocumentPurpose.REPORT;
            case SAMPLE -> DocumentPurpose.SAMPLE_REPORT;
            case EXPERT_CV -> DocumentPurpose.EXPERT_CV;
        };
    }
}
