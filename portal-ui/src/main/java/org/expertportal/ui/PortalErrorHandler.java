package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expertportal.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when a click or a background update fails: a use case's refusal
 * ({@link DomainException}) in their language, anything else as one generic sentence. Views catch a
 * refusal only when they do something more specific with it (mark a field, show it in the page).
 * Unexpected failures are logged by type and place only: exception messages can carry names,
 * addresses or case details, which never go into logs.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        Optional<DomainException> refusal = refusal(thrown);
        if (refusal.isEmpty() && isBrowserGone(thrown)) {
            return;
        }
        if (refusal.isPresent()) {
            log.debug("Refused in a view: {}", refusal.get().messageKey());
        } else {
            log.error("Unexpected failure in a view: {}", withoutMessages(thrown));
        }
        UI ui = event.getComponent().flatMap(component -> component.getUI()).orElseGet(UI::getCurrent);
        if (ui == null) {
            return;
        }
        Runnable tell = () -> refusal.ifPresentOrElse(Notifications::error,
                () -> Notifications.error("error.unexpected"));
        if (UI.getCurrent() == ui) {
            tell.run();
        } else {
            ui.access(tell::run);
        }
    }

    private static Optional<DomainException> refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** A closed tab or a dropped connection is nothing to tell anyone about. */
    private static boolean isBrowserGone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    /** Exception types and stack frames of the whole cause chain, but none of their messages. */
    static String withoutMessages(Throwable thrown) {
        var text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(t == thrown ? "" : "\ncaused by ").append(t.getClass().getName());
            text.append(Arrays.stream(t.getStackTrace()).limit(12).map(frame -> "\n\tat " + frame)
                    .collect(Collectors.joining()));
        }
        return text.toString();
    }
}
