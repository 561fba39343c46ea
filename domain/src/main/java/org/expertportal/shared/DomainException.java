package org.expertportal.shared;

import java.util.List;

/**
 * A use case refused what it was asked to do. The message is a translation key (with its
 * arguments) so that the view shows it in the user's language; {@link #getMessage()} gives the
 * key for logs, which never carry personal data.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
