package org.expertportal.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler.ResponseWriter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Keeps each page's copy of its last answer compressed between requests (issue #18).
 *
 * <p>Vaadin keeps the text of the last answer it sent to each open page, so that it can send it again
 * when the browser repeats a message it got no answer to (a phone losing its connection mid-request).
 * That text is the whole page after a navigation: 15 to 45 KB per open page, a fifth of a session's
 * memory, held while the person reads. This handler takes Vaadin's own UIDL handling, stores that copy
 * deflated (a tenth of its size) once the answer is made, and puts it back before the next message is
 * handled, so a repeated message still gets the very same answer.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Runs before the framework's handlers: UIDL requests end here, the rest go on to Vaadin's.
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                restore(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    compact(ui);
                }
            }
        }
    }

    /** Serializable like the rest of the UI, should a session ever be stored. */
    private record Stored(byte[] deflated, int length) implements Serializable {}

    static void compact(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null) {
            return;
        }
        byte[] plain = last.getBytes(StandardCharsets.UTF_8);
        var deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            var out = new ByteArrayOutputStream(Math.max(64, plain.length / 8));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            ComponentUtil.setData(ui, Stored.class, new Stored(out.toByteArray(), plain.length));
            ui.getInternals().setLastRequestResponse(null);
        } finally {
            deflater.end();
        }
    }

    static void restore(UI ui) {
        Stored stored = ComponentUtil.getData(ui, Stored.class);
        if (stored == null) {
            return;
        }
        var inflater = new Inflater();
        try {
            inflater.setInput(stored.deflated());
            byte[] plain = new byte[stored.length()];
            int read = 0;
            while (read < plain.length && !inflater.finished()) {
                read += inflater.inflate(plain, read, plain.length - read);
            }
            ui.getInternals().setLastRequestResponse(new String(plain, 0, read, StandardCharsets.UTF_8));
            ComponentUtil.setData(ui, Stored.class, null);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("The page's last answer could not be restored", e));
        } finally {
            inflater.end();
        }
    }
}
