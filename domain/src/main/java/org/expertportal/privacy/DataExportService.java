package org.expertportal.privacy;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.AccountReference;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.document.DocumentTransferException;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.NotPermittedException;

/**
 * The export of a client's own data (GDPR Art. 15 and 20), streamed as one zip: {@code
 * account.json}, {@code requests.json} with the requests they made themselves (timeline and thread,
 * never internal notes), and {@code documents/} with the files of those requests that the client's
 * side may see. Other people appear only as staff first names (as on the request page) and as
 * "colleague" for members of the client's organisation. Signed-in clients only, their own data only:
 * there is no parameter to point at anyone else's. Each feature adds its own part as an {@link
 * ExportSection}; this service checks who asks, orders the sections and writes the zip.
 */
@Named
@Transactional
public class DataExportService {

    private final AccountLookup accounts;
    private final List<ExportSection> sections;
    private final DocumentService documentService;
    private final CurrentUser currentUser;
    private final DomainEvents events;
    private final Clock clock;

    public DataExportService(AccountLookup accounts, List<ExportSection> sections, DocumentService documentService,
            CurrentUser currentUser, DomainEvents events, Clock clock) {
        this.accounts = accounts;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ExportSection::order)).toList();
        this.documentService = documentService;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Streams the signed-in client's export into the sink; each document is recorded as downloaded,
     * and stays recorded when the transfer breaks off later (as a download does).
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void exportMine(DocumentSink sink) {
        Account me = accounts.findById(currentUser.requireAccountId())
                .filter(Account::isEnabled)
                .filter(account -> account.getRole() == Role.CLIENT)
                .orElseThrow(NotPermittedException::new);
        Instant now = clock.instant();
        DataExport export = new DataExport(me.getId(), now);
        for (ExportSection section : sections) {
            section.addTo(export);
        }
        String fileName = "portal-data-" + AccountReference.of(me.getId()) + "-"
                + now.atZone(ZoneOffset.UTC).toLocalDate() + ".zip";
        try {
            // Closed (the archive finished) only when complete: see the damaged document below.
            ZipOutputStream zip = new ZipOutputStream(sink.open(fileName, "application/zip", -1),
                    StandardCharsets.UTF_8);
            entry(zip, "account.json", JsonText.of(export.account()));
            for (Map.Entry<String, Object> file : export.files().entrySet()) {
                entry(zip, file.getKey(), JsonText.of(file.getValue()));
            }
            for (DataExport.Attached file : export.documents()) {
                // Each document is read once, straight into its entry, and checked on the way
                // (docs/adr/048). One that fails before its first byte is left out and listed as
                // unavailable; one that fails later throws DocumentDamagedException, which leaves
                // the archive unfinished for the response to be aborted: finishing it would hand
                // over a cut-off file as if it were whole.
                boolean added = documentService.deliverIfIntact(file.document(), file.purpose(),
                        (name, type, length) -> {
                            zip.putNextEntry(new ZipEntry(file.path()));
                            return new FilterOutputStream(zip) {
                                @Override
                                public void write(byte[] bytes, int offset, int count) throws IOException {
                                    zip.write(bytes, offset, count);
                                }

                                @Override
                                public void close() throws IOException {
                                    zip.closeEntry();
                                }
                            };
                        });
                if (!added) {
                    entry(zip, file.path() + ".unavailable.txt",
                            "This document could not be read intact. Please contact us.\n");
                }
            }
            zip.close();
        } catch (IOException e) {
            throw new DocumentTransferException(e);
        }
        events.publish(new PrivacyEvents.DataExported(me.getId(), now));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
