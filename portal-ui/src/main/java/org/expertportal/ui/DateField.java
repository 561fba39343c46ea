package org.expertportal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.expertportal.locale.DateEntry;

/**
 * The portal's date field: it shows and reads dates exactly as the person's region types them
 * ({@link DateEntry}: 23/12/2027 in the UK, 12/23/2027 in the US, 23.12.2027 in Russia, and ISO
 * 2027-12-23 everywhere), names months and weekdays in their language, starts the week on their
 * region's first day, and says so when it cannot read what was typed instead of emptying itself
 * silently. A form refuses to save while {@link #hasUnreadableInput()}.
 */
public class DateField extends DatePicker {

    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    public DateField() {
        setClearButtonVisible(true);
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = attachEvent.getUI().getLocale();
        DateEntry entry = DateEntry.of(locale);
        List<String> accepted = entry.accepted();
        setLocale(locale);
        setI18n(new DatePickerI18n()
                .setDateFormats(entry.display(), accepted.subList(1, accepted.size()).toArray(String[]::new))
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("date-picker.today"))
                .setCancel(getTranslation("date-picker.cancel"))
                .setBadInputErrorMessage(getTranslation("date-picker.unreadable", example(entry))));
        setPlaceholder(getTranslation("date-picker.placeholder", example(entry)));
    }

    /** Whether the person typed something that is not a date: the value is then empty, but not by choice. */
    public boolean hasUnreadableInput() {
        return isInputUnparsable();
    }

    /**
     * Whether any of {@code fields} holds text that is not a date; each such field is marked with
     * the message that says how to type one. Forms call this before saving, so that an unreadable
     * date is never saved as "no date".
     */
    public static boolean anyUnreadable(DateField... fields) {
        boolean any = false;
        for (DateField field : fields) {
            if (field.hasUnreadableInput()) {
                field.setErrorMessage(field.getI18n() == null ? null : field.getI18n().getBadInputErrorMessage());
                field.setInvalid(true);
                any = true;
            }
        }
        return any;
    }

    /** The field's own format, written with a date everyone recognises: "31/12/2027", "12/31/2027". */
    private static String example(DateEntry entry) {
        return entry.format(LocalDate.of(2027, 12, 31));
    }
}
