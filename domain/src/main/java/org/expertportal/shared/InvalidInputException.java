package org.expertportal.shared;

import java.util.Map;

/**
 * Input refused field by field: each entry maps a field name (as the use case's input names it) to
 * the translation key of what is wrong with it, so that a form can mark every bad field at once.
 */
public class InvalidInputException extends DomainException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("error.invalid-input");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
