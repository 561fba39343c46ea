package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.Optional;
import org.expertportal.shared.text.UserText;

/**
 * Fields that take text people type show the domain's refusal of hidden characters
 * ({@link UserText}) under themselves, in the page's language, as soon as the value changes, and
 * click handlers can ask before calling a use case that refuses with a plain message. The use case
 * refuses the same text in any case: this only tells the person where and why.
 */
public final class UserTextFields {

    private UserTextFields() {}

    /** Checks the field's value whenever it changes; returns the field. */
    public static <F extends Component & HasValue<?, String> & HasValidation> F watch(F field, UserText.Kind kind) {
        field.addValueChangeListener(change -> accepts(field, kind));
        return field;
    }

    /**
     * Marks the field when its value holds hidden characters and returns false; otherwise clears
     * this helper's own mark (never another refusal) and returns true.
     */
    public static <F extends Component & HasValue<?, String> & HasValidation> boolean accepts(F field,
            UserText.Kind kind) {
        Optional<String> refusal = UserText.refusal(field.getValue(), kind);
        if (refusal.isPresent()) {
            field.setErrorMessage(field.getTranslation(refusal.get()));
            field.setInvalid(true);
            return false;
        }
        if (field.isInvalid() && isOurs(field)) {
            field.setInvalid(false);
        }
        return true;
    }

    private static boolean isOurs(Component field) {
        String shown = ((HasValidation) field).getErrorMessage();
        return shown != null && (shown.equals(field.getTranslation(UserText.CONTROL))
                || shown.equals(field.getTranslation(UserText.INVISIBLE)));
    }
}
