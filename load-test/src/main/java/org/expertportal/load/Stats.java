package org.expertportal.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every action's outcome, kept whole (a 1,000-person run makes some 100,000 samples: a few MB),
 * so that percentiles are exact rather than estimated. Samples are split into the ramp (while
 * people are still signing in) and the steady state after it.
 */
final class Stats {

    enum Phase {
        RAMP,
        STEADY
    }

    /** Navigations are the actions whose name starts with this. */
    static final String NAVIGATION = "nav ";

    private static final class Action {
        final List<Long> millis = new ArrayList<>();
        final List<Long> steadyMillis = new ArrayList<>();
        long errors;
        long bodyBytes;
        long wireBytes;
        long maxBodyBytes;
    }

    private final Map<String, Action> actions = new TreeMap<>();
    private long started = System.nanoTime();
    private long finished;

    synchronized void start() {
        started = System.nanoTime();
    }

    synchronized void finish() {
        finished = System.nanoTime();
    }

    synchronized void success(String action, Phase phase, PortalBrowser.Exchange exchange) {
        Action a = actions.computeIfAbsent(action, k -> new Action());
        long ms = exchange.nanos() / 1_000_000;
        a.millis.add(ms);
        if (phase == Phase.STEADY) {
            a.steadyMillis.add(ms);
        }
        a.bodyBytes += exchange.bodyBytes();
        a.wireBytes += exchange.wireBytes();
        a.maxBodyBytes = Math.max(a.maxBodyBytes, exchange.bodyBytes());
    }

    synchronized void error(String action) {
        actions.computeIfAbsent(action, k -> new Action()).errors++;
    }

    synchronized long errors() {
        return actions.values().stream().mapToLong(a -> a.errors).sum();
    }

    /** Successful actions whose name starts with {@code prefix}. */
    synchronized long successes(String prefix) {
        return actions.entrySet().stream().filter(e -> e.getKey().startsWith(prefix.stripLeading()))
                .mapToLong(e -> e.getValue().millis.size()).sum();
    }

    synchronized void print(PrintStream out) {
        double seconds = Math.max(1, (finished == 0 ? System.nanoTime() : finished) - started) / 1e9;
        out.printf(Locale.ROOT, "%-28s %7s %6s %6s %6s %6s %6s %8s %9s %9s%n", "action", "count", "errors", "p50",
                "p95", "p99", "max", "per s", "KB/answer", "KB wire");
        List<Long> navigation = new ArrayList<>();
        List<Long> steadyNavigation = new ArrayList<>();
        actions.forEach((name, a) -> {
            long[] sorted = sorted(a.millis);
            long count = sorted.length;
            out.printf(Locale.ROOT, "%-28s %7d %6d %6d %6d %6d %6d %8.1f %9.1f %9.1f%n", name, count, a.errors,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    count == 0 ? 0 : sorted[sorted.length - 1], count / seconds,
                    count == 0 ? 0.0 : a.bodyBytes / 1024.0 / count, count == 0 ? 0.0 : a.wireBytes / 1024.0 / count);
            if (name.startsWith(NAVIGATION)) {
                navigation.addAll(a.millis);
                steadyNavigation.addAll(a.steadyMillis);
            }
        });
        out.println();
        summary(out, "all navigations", navigation, seconds);
        summary(out, "navigations after the ramp", steadyNavigation, seconds);
        out.printf(Locale.ROOT, "errors: %d; run time %.0f s%n", errors(), seconds);
    }

    private static void summary(PrintStream out, String label, List<Long> millis, double seconds) {
        long[] sorted = sorted(millis);
        out.printf(Locale.ROOT, "%-28s %7d  p50 %d / p95 %d / p99 %d ms, %.1f per s%n", label, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length / seconds);
    }

    private static long[] sorted(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Nearest-rank percentile; 0 for no samples. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
