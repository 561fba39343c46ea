package org.expertportal.locale;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a person types a date: in their region's numeric order ("23/12/2027" in the UK,
 * "12/23/2027" in the US, "23.12.2027" in Russia), with or without leading zeros, or as ISO
 * "2027-12-23" anywhere. The date pickers use these same patterns (their tokens {@code d M yyyy}
 * mean the same in the browser's parser), so what a field shows is what it reads back.
 *
 * @param display the pattern a chosen date is shown in, e.g. {@code dd/MM/yyyy}
 * @param accepted every pattern a typed date is read in, {@code display} first
 */
public record DateEntry(String display, List<String> accepted) {

    public static final String ISO = "yyyy-MM-dd";

    public DateEntry {
        accepted = List.copyOf(accepted);
    }

    /** The patterns of {@code locale}'s region, taken from its short date format. */
    public static DateEntry of(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        List<Character> order = new ArrayList<>();
        char separator = '/';
        boolean separatorSeen = false;
        for (char c : shortPattern.toCharArray()) {
            if ((c == 'd' || c == 'M' || c == 'y') && !order.contains(c)) {
                order.add(c);
            } else if (!separatorSeen && (c == '/' || c == '.' || c == '-')) {
                separator = c;
                separatorSeen = true;
            }
        }
        if (order.size() != 3) {
            order = List.of('d', 'M', 'y');
        }
        String display = pattern(order, separator, true);
        String lenient = pattern(order, separator, false);
        List<String> accepted = new ArrayList<>(List.of(display, lenient));
        if (!accepted.contains(ISO)) {
            accepted.add(ISO);
        }
        return new DateEntry(display, accepted.stream().distinct().toList());
    }

    /** The date {@code text} means in this region, or empty when it is not one. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String pattern : accepted) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), javaFormatter(pattern)));
            } catch (DateTimeParseException notThisPattern) {
                // the next pattern may read it
            }
        }
        return Optional.empty();
    }

    /** {@code date} as the field shows it. */
    public String format(LocalDate date) {
        return javaFormatter(display).format(date);
    }

    private static String pattern(List<Character> order, char separator, boolean padded) {
        var pattern = new StringBuilder();
        for (char field : order) {
            if (!pattern.isEmpty()) {
                pattern.append(separator);
            }
            pattern.append(switch (field) {
                case 'd' -> padded ? "dd" : "d";
                case 'M' -> padded ? "MM" : "M";
                default -> "yyyy";
            });
        }
        return pattern.toString();
    }

    /** The browser's tokens in java.time: years strictly proleptic ({@code uuuu}), no lenient days. */
    private static DateTimeFormatter javaFormatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
