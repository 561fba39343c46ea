package org.expertportal.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Office Open XML packages (zips) and images for the upload tests, honest and hostile, built in
 * memory with java.util.zip: a minimal Word document, its macro-enabled and Excel or PowerPoint
 * cousins, a Word package with a script inside, a compression bomb.
 */
public final class OfficeFiles {

    public static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    public static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    public static final String PPTX_MAIN =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    public static final String DOTX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>\
            </Relationships>""";
    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:body><w:p><w:r><w:t>Anonymised statement</w:t></w:r></w:p></w:body></w:document>""";

    private OfficeFiles() {}

    /** {@code [Content_Types].xml} with the usual defaults and one override for {@code part}. */
    public static String contentTypes(String part, String mainType, String... extraDefaults) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>""");
        for (String extra : extraDefaults) {
            xml.append(extra);
        }
        xml.append("<Override PartName=\"/").append(part).append("\" ContentType=\"").append(mainType)
                .append("\"/></Types>");
        return xml.toString();
    }

    /** A minimal, honest Word document. */
    public static byte[] docx() {
        return wordLike(WORD_MAIN, Map.of());
    }

    /** A macro-enabled Word document: the docm content type and a macro project. */
    public static byte[] docm() {
        return wordLike(DOCM_MAIN, Map.of("word/vbaProject.bin", "Attribute VB_Name = \"x\"".getBytes()));
    }

    /** A Word document with a macro project tucked in, declared as plain docx. */
    public static byte[] docxWithMacroProject(String path) {
        return wordLike(WORD_MAIN, Map.of(path, "Attribute VB_Name = \"x\"".getBytes()));
    }

    public static byte[] xlsx() {
        return packageOf("xl/workbook.xml", XLSX_MAIN, "<workbook/>", Map.of());
    }

    public static byte[] xlsm() {
        return packageOf("xl/workbook.xml", XLSM_MAIN, "<workbook/>",
                Map.of("xl/vbaProject.bin", "Attribute VB_Name = \"x\"".getBytes()));
    }

    public static byte[] pptx() {
        return packageOf("ppt/presentation.xml", PPTX_MAIN, "<presentation/>", Map.of());
    }

    public static byte[] dotx() {
        return wordLike(DOTX_MAIN, Map.of());
    }

    /** What the probe sent as {@code Refusal letter.hta}: a content-types part and a script. */
    public static byte[] scriptPackage() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", bytes(contentTypes("word/document.xml", WORD_MAIN)));
        all.put("word/document.xml", bytes(DOCUMENT));
        all.put("run.hta", bytes("<script>new ActiveXObject('WScript.Shell').Run('calc')</script>"));
        return zip(all);
    }

    /** A plain zip, no Office parts at all. */
    public static byte[] plainZip() {
        return zip(Map.of("notes.txt", bytes("not a document")));
    }

    /** A Word document with one more entry of {@code unpacked} zeros (a compression bomb when large). */
    public static byte[] docxWithZeros(long unpacked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : wordEntries(WORD_MAIN).entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[64 * 1024];
            for (long left = unpacked; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document with {@code count} extra small entries. */
    public static byte[] docxWithEntries(int count) {
        Map<String, byte[]> all = new LinkedHashMap<>(wordEntries(WORD_MAIN));
        for (int i = 0; i < count; i++) {
            all.put("word/parts/p" + i + ".xml", bytes("<p/>"));
        }
        return zip(all);
    }

    /** A Word document with one more entry named {@code name} (a path such as {@code ../../evil}). */
    public static byte[] docxWithEntryNamed(String name) {
        Map<String, byte[]> all = new LinkedHashMap<>(wordEntries(WORD_MAIN));
        all.put(name, bytes("x"));
        return zip(all);
    }

    /** A Word package with these entries exactly, in this order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The entries of a minimal Word document whose main part is declared as {@code mainType}. */
    public static Map<String, byte[]> wordEntries(String mainType) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", bytes(contentTypes("word/document.xml", mainType)));
        all.put("_rels/.rels", bytes(RELS.formatted("word/document.xml")));
        all.put("word/document.xml", bytes(DOCUMENT));
        return all;
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] wordLike(String mainType, Map<String, byte[]> extra) {
        Map<String, byte[]> all = new LinkedHashMap<>(wordEntries(mainType));
        all.putAll(extra);
        return zip(all);
    }

    private static byte[] packageOf(String part, String mainType, String body, Map<String, byte[]> extra) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", bytes(contentTypes(part, mainType)));
        all.put("_rels/.rels", bytes(RELS.formatted(part)));
        all.put(part, bytes(body));
        all.putAll(extra);
        return zip(all);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
