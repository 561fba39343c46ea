package org.expertportal.request.intake;

/** Port: hands out request numbers, one sequence per year, never the same twice. */
interface RequestNumbers {

    long next(int year);

    /** {@code ER-2026-000123}. */
    static String reference(int year, long number) {
        return "ER-%d-%06d".formatted(year, number);
    }
}
