package org.expertportal.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Consumer;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.document.DocumentDamagedException;
import org.expertportal.document.DocumentSink;
import org.expertportal.document.DocumentTransferException;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a download use case into a Vaadin {@link DownloadHandler}. The use case checks access and
 * records the download; only then does it open the sink, which sets the headers and hands over the
 * response stream, so nothing is held in memory. A refusal answers 403 or 404 with no body and is
 * recorded in the audit trail; a
 * document that fails its check answers 409 and the page shows why; a document that fails while
 * it is being sent aborts the response.
 */
public final class DocumentDownloads {

    private static final Logger log = LoggerFactory.getLogger(DocumentDownloads.class);
    /** HTTP header names, not user-visible text. */
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String CONTENT_DISPOSITION = "Content-Disposition";
    private static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

    private DocumentDownloads() {}

    public static DownloadHandler handler(Consumer<DocumentSink> download) {
        return event -> {
            VaadinResponse response = event.getResponse();
            // Documents are personal: no browser or proxy cache may keep a copy.
            response.setHeader(CACHE_CONTROL, "no-store");
            try {
                download.accept((fileName, mediaType, length) -> {
                    response.setHeader(CONTENT_DISPOSITION, contentDisposition(fileName));
                    response.setHeader(CONTENT_TYPE_OPTIONS, "nosniff");
                    event.setContentType(mediaType);
                    if (length >= 0) {
                        event.setContentLength(length);
                    }
                    return event.getOutputStream();
                });
            } catch (DocumentDamagedException damaged) {
                // Bytes may have left already: ending the response normally would hand the browser
                // a short file as if it were whole. Thrown on, the container drops the connection.
                log.error("Download aborted: the stored document failed while being sent");
                throw damaged;
            } catch (DocumentTransferException brokenOff) {
                // The browser went away mid-transfer; the download stays recorded.
                log.debug("Download broken off: {}", brokenOff.getMessage());
            } catch (NotPermittedException refused) {
                audit(event, "not permitted");
                response.setStatus(403);
            } catch (NotFoundException missing) {
                audit(event, "not found");
                response.setStatus(404);
            } catch (DomainException unavailable) {
                log.warn("Download refused: {}", unavailable.messageKey());
                response.setStatus(409);
                tellThePage(event.getUI(), unavailable);
            }
        };
    }

    /**
     * Records a refused download. Neither the document nor the request is named: the refusal may
     * be about a document the person must not learn anything of, and the trail is no place for
     * case details; who, when and from where are recorded by the trail itself.
     */
    private static void audit(DownloadEvent event, String reason) {
        AuditTrail audit = event.getSession().getService().getInstantiator().getOrCreate(AuditTrail.class);
        audit.recordRegardless(AuditAction.DOCUMENT_DOWNLOAD_REFUSED, AuditTarget.DOCUMENT, null, reason);
    }

    /** The download went to the browser, not the page: the page says, in its language, why nothing came. */
    private static void tellThePage(UI ui, DomainException refusal) {
        if (ui != null) {
            ui.access(() -> Notifications.error(refusal));
        }
    }

    /**
     * {@code attachment} with both an ASCII {@code filename} for old clients and an RFC 5987
     * {@code filename*} in UTF-8, as RFC 6266 recommends.
     */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "_")
                .replaceAll("[\"\\\\]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
