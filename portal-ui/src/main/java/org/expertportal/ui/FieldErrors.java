package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.expertportal.shared.InvalidInputException;

/** Shows a use case's field-by-field refusal on a form's fields, in the page's language. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks each refused field with its message; fields the form does not have are ignored. */
    public static void show(InvalidInputException refused, Map<String, ? extends HasValidation> fields, Component page) {
        refused.fieldErrors().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(page.getTranslation(key));
                field.setInvalid(true);
            }
        });
    }
}
