package org.expertportal.personaldata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;

/**
 * A client's data export while the {@link ExportSection}s fill it, before a byte is written: the
 * fields of {@code account.json}, further JSON files, and documents, each in the order added.
 */
public final class DataExport {

    /** How the export names the client wherever they acted. */
    public static final String ME = "you";
    /** How the export names another member of the client's organisation. */
    public static final String COLLEAGUE = "colleague";

    private final long clientAccountId;
    private final Instant exportedAt;
    private final Map<String, Object> account = new LinkedHashMap<>();
    private final Map<String, Object> files = new LinkedHashMap<>();
    private final List<Attached> documents = new ArrayList<>();

    public DataExport(long clientAccountId, Instant exportedAt) {
        this.clientAccountId = clientAccountId;
        this.exportedAt = exportedAt;
        account.put("exportedAt", exportedAt);
    }

    /** The account of the signed-in client whose data this is. */
    public long clientAccountId() {
        return clientAccountId;
    }

    public Instant exportedAt() {
        return exportedAt;
    }

    /** Adds a field to {@code account.json}, after the fields added before. */
    public void accountField(String name, Object value) {
        account.put(name, value);
    }

    /** Adds a JSON file, after {@code account.json} and the files added before. */
    public void file(String name, Object content) {
        files.put(name, content);
    }

    /** Adds a document at {@code path}, after every JSON file; it is recorded as downloaded. */
    public void document(Document document, DocumentPurpose purpose, String path) {
        documents.add(new Attached(document, purpose, path));
    }

    /** The fields of {@code account.json}, in the order added. */
    public Map<String, Object> account() {
        return Collections.unmodifiableMap(account);
    }

    /** The further JSON files, in the order added. */
    public Map<String, Object> files() {
        return Collections.unmodifiableMap(files);
    }

    /** The documents, in the order added. */
    public List<Attached> documents() {
        return List.copyOf(documents);
    }

    public record Attached(Document document, DocumentPurpose purpose, String path) {}
}
