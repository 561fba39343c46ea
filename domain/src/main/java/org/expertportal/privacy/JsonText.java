package org.expertportal.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes maps, lists, text, numbers, booleans, enums and times as indented JSON (RFC 8259). The
 * domain carries no JSON library; the export needs only this direction, and every string is
 * escaped here, so that nothing a client typed can break the file.
 */
final class JsonText {

    private JsonText() {}

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Optional<?> optional -> write(optional.orElse(null), out, depth);
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    indent(out, depth + 1);
                    string(String.valueOf(entry.getKey()), out);
                    out.append(": ");
                    write(entry.getValue(), out, depth + 1);
                    separator = ",\n";
                }
                out.append('\n');
                indent(out, depth);
                out.append('}');
            }
            case Collection<?> list -> {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                String separator = "\n";
                for (Object item : list) {
                    out.append(separator);
                    indent(out, depth + 1);
                    write(item, out, depth + 1);
                    separator = ",\n";
                }
                out.append('\n');
                indent(out, depth);
                out.append(']');
            }
            case Boolean flag -> out.append(flag);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Enum<?> constant -> string(constant.name(), out);
            case Instant instant -> string(instant.toString(), out);
            case LocalDate date -> string(date.toString(), out);
            default -> string(value.toString(), out);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters, and the two line separators some JavaScript parsers choke on.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
