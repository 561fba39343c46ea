package org.expertportal.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Free slots from availability rules, pure and without a clock of its own. Each window of hours
 * is turned into instants in the staff member's zone first, so a daylight-saving change moves
 * the slots with the staff member's day; slots then follow each other every meeting length plus
 * buffer. A slot must start after the minimum notice, within the horizon, and keep the buffer
 * away from every busy interval (the staff member's other consultations).
 */
public final class Slots {

    /** A time the staff member is already taken: a booked consultation. */
    public record Busy(Instant start, Instant end) {}

    private Slots() {}

    public static List<Slot> free(SlotRules rules, List<Busy> busy, Instant now) {
        Instant earliest = now.plus(rules.minimumNotice());
        Instant latest = now.plus(rules.horizon());
        LocalDate first = LocalDate.ofInstant(earliest, rules.zone()).minusDays(1);
        LocalDate last = LocalDate.ofInstant(latest, rules.zone()).plusDays(1);
        Duration step = rules.meeting().plus(rules.buffer());
        List<Slot> slots = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (Window window : windows(rules, date)) {
                Instant from = date.atTime(window.start()).atZone(rules.zone()).toInstant();
                Instant to = window.end().equals(LocalTime.MIDNIGHT) || window.end().isBefore(window.start())
                        ? date.plusDays(1).atTime(window.end()).atZone(rules.zone()).toInstant()
                        : date.atTime(window.end()).atZone(rules.zone()).toInstant();
                for (Instant start = from; !start.plus(rules.meeting()).isAfter(to); start = start.plus(step)) {
                    Slot slot = new Slot(start, start.plus(rules.meeting()));
                    if (start.isBefore(earliest) || start.isAfter(latest)) {
                        continue;
                    }
                    if (busy.stream().noneMatch(b -> slot.clashes(b.start(), b.end(), rules.buffer()))) {
                        slots.add(slot);
                    }
                }
            }
        }
        return slots.stream().distinct().sorted(Comparator.comparing(Slot::start)).toList();
    }

    /** Whether {@code start} is one of the free slots at {@code now}. */
    public static boolean isFree(SlotRules rules, List<Busy> busy, Instant now, Instant start) {
        return free(rules, busy, now).stream().anyMatch(slot -> slot.start().equals(start));
    }

    /** The slots by the date they start on in {@code zone} (the client's), in order. */
    public static SortedMap<LocalDate, List<Slot>> byDay(List<Slot> slots, ZoneId zone) {
        SortedMap<LocalDate, List<Slot>> days = new TreeMap<>();
        for (Slot slot : slots) {
            days.computeIfAbsent(LocalDate.ofInstant(slot.start(), zone), day -> new ArrayList<>()).add(slot);
        }
        return days;
    }

    private record Window(LocalTime start, LocalTime end) {}

    private static List<Window> windows(SlotRules rules, LocalDate date) {
        List<AvailabilityException> onDate =
                rules.exceptions().stream().filter(e -> e.date().equals(date)).toList();
        if (onDate.stream().anyMatch(AvailabilityException::isDayOff)) {
            return List.of();
        }
        List<Window> windows = new ArrayList<>();
        rules.weekly().stream().filter(hours -> hours.day() == date.getDayOfWeek())
                .forEach(hours -> windows.add(new Window(hours.start(), hours.end())));
        onDate.forEach(extra -> windows.add(new Window(extra.start(), extra.end())));
        return windows;
    }
}
