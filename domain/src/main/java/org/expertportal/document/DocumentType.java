package org.expertportal.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the portal keeps, each known by its content (magic bytes, and for Word the
 * parts of its package) and by the extensions its name may end in. A file is accepted only when
 * both agree: a zip named {@code archive.pdf} or a Word package named {@code letter.hta} is not.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    /** Word (Office Open XML) without macros: {@code .docx} only. */
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    /** What the content inspector calls any Office Open XML package (Word, Excel, PowerPoint...). */
    static final String ANY_OFFICE_PACKAGE = "application/x-tika-ooxml";

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The media type the file is stored and sent with. */
    public String mediaType() {
        return mediaType;
    }

    /** The extensions a name may end in, lower case, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether the file is a zip package whose parts must be inspected before it is accepted. */
    public boolean isPackage() {
        return this == WORD;
    }

    /**
     * The type a detected media type can be, if any. An Office package is only a candidate for
     * {@link #WORD}: its parts decide (see {@link OfficePackages}).
     */
    public static Optional<DocumentType> ofDetected(String detectedMediaType) {
        if (ANY_OFFICE_PACKAGE.equals(detectedMediaType)) {
            return Optional.of(WORD);
        }
        for (DocumentType type : values()) {
            if (type.mediaType.equals(detectedMediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The name to store for a file of this type: {@code name} (which {@link #matchesNameOf}) with
     * its extension in lower case, so that {@code letter.PDF} is kept as {@code letter.pdf}.
     */
    public String storedName(String name) {
        String extension = FileNames.extension(name).orElseThrow().toLowerCase(Locale.ROOT);
        if (!extensions.contains(extension)) {
            throw new IllegalArgumentException("not a name of this type");
        }
        return FileNames.withExtension(name, extension);
    }

    /**
     * The name to offer on download for a document stored as {@code name} with {@code mediaType}:
     * the name itself when it ends in the type's extension (every document stored since names had
     * to match), else the name with the type's extension added, so that a document kept earlier
     * as {@code Refusal letter.hta} reaches the person as {@code Refusal letter.hta.docx}, which
     * nothing runs.
     */
    public static String downloadName(String name, String mediaType) {
        return ofDetected(mediaType)
                .filter(type -> !type.matchesNameOf(name))
                .map(type -> name + "." + type.extensions().getFirst())
                .orElse(name);
    }

    /** Whether {@code fileName} ends in one of this type's extensions (in any case). */
    public boolean matchesNameOf(String fileName) {
        return FileNames.extension(fileName).map(e -> extensions.contains(e.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
