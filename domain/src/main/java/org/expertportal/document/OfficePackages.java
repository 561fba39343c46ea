package org.expertportal.document;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks inside an Office Open XML package (a zip) before it is accepted as a Word document: read
 * as a stream, entry by entry, counting the bytes that come out rather than trusting the sizes the
 * zip declares, and stopping at the first limit passed. A Word document has a Word main part and
 * nothing executable: no macro project, no spreadsheet or presentation, no template.
 */
public final class OfficePackages {

    /** What the inspection found. */
    public enum Verdict {
        /** A Word document without macros. */
        WORD,
        /** Not a Word document: another kind of package, macros, or no Word main part. */
        NOT_WORD,
        /** Too many entries, too much unpacked, too high a ratio, unsafe entry names, or a broken zip. */
        UNSAFE
    }

    /**
     * @param maxEntries entries in the zip
     * @param maxExpandedBytes all entries unpacked together
     * @param maxRatio unpacked bytes per byte of the package, checked once {@code ratioFloorBytes}
     *     have been unpacked (small documents legitimately unpack to many times their size)
     */
    public record Limits(int maxEntries, long maxExpandedBytes, long maxRatio, long ratioFloorBytes) {
        /** Generous for real Word files (dozens of parts, text compressing about tenfold). */
        public static final Limits DEFAULT = new Limits(1_000, 100L * 1024 * 1024, 100, 1024 * 1024);
    }

    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern CONTENT_TYPE = Pattern.compile("\\bContentType\\s*=\\s*([\"'])(.*?)\\1");
    private static final Pattern PART_NAME = Pattern.compile("\\bPartName\\s*=\\s*([\"'])(.*?)\\1");

    private OfficePackages() {}

    /**
     * Inspects the package; reads {@code zip} up to the end of its last entry or the first limit.
     *
     * @param packageBytes the size of the package as received, for the expansion ratio
     */
    public static Verdict inspect(InputStream zip, long packageBytes, Limits limits) throws IOException {
        try {
            return read(new ZipInputStream(zip), packageBytes, limits);
        } catch (ZipException | EOFException | IllegalArgumentException broken) {
            // ZipInputStream reports a malformed zip or entry name in these ways.
            return Verdict.UNSAFE;
        }
    }

    private static Verdict read(ZipInputStream zip, long packageBytes, Limits limits) throws IOException {
        Set<String> names = new HashSet<>();
        byte[] contentTypes = null;
        boolean macros = false;
        long expanded = 0;
        byte[] buffer = new byte[8192];
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName();
            if (names.size() >= limits.maxEntries() || !safe(name) || !names.add(name.toLowerCase(Locale.ROOT))) {
                return Verdict.UNSAFE;
            }
            String last = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            macros |= last.equals("vbaproject.bin") || last.equals("vbadata.xml");
            ByteArrayOutputStream kept = name.equals(CONTENT_TYPES) ? new ByteArrayOutputStream() : null;
            int n;
            while ((n = zip.read(buffer)) > 0) {
                expanded += n;
                if (expanded > limits.maxExpandedBytes()
                        || expanded > limits.ratioFloorBytes() && expanded > limits.maxRatio() * packageBytes) {
                    return Verdict.UNSAFE;
                }
                if (kept != null) {
                    if (kept.size() + n > MAX_CONTENT_TYPES_BYTES) {
                        return Verdict.UNSAFE;
                    }
                    kept.write(buffer, 0, n);
                }
            }
            if (kept != null) {
                contentTypes = kept.toByteArray();
            }
        }
        if (names.isEmpty()) {
            return Verdict.UNSAFE;
        }
        if (macros || contentTypes == null) {
            return Verdict.NOT_WORD;
        }
        return isWord(new String(contentTypes, StandardCharsets.UTF_8), names) ? Verdict.WORD : Verdict.NOT_WORD;
    }

    /** A part name as OPC allows it: relative, forward slashes, no dot segments, no drive, no control character. */
    private static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code [Content_Types].xml} declares a Word main part that the package holds, and
     * no other main part or macro type. Content types are compared as written: Word never writes
     * them with character references, so one that contains {@code &} is not taken on trust.
     */
    private static boolean isWord(String contentTypes, Set<String> names) {
        Matcher types = CONTENT_TYPE.matcher(contentTypes);
        while (types.find()) {
            String type = types.group(2).strip().toLowerCase(Locale.ROOT);
            if (type.contains("&") || type.contains("macroenabled") || type.contains("vbaproject")
                    || type.endsWith(".main+xml") && !type.equals(WORD_MAIN)) {
                return false;
            }
        }
        Matcher overrides = OVERRIDE.matcher(contentTypes);
        while (overrides.find()) {
            Matcher type = CONTENT_TYPE.matcher(overrides.group());
            Matcher part = PART_NAME.matcher(overrides.group());
            if (type.find() && part.find() && type.group(2).strip().equalsIgnoreCase(WORD_MAIN)) {
                String partName = part.group(2).strip();
                if (partName.startsWith("/") && names.contains(partName.substring(1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
