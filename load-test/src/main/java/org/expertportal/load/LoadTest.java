package org.expertportal.load;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load driver (README "Load test"). Starts {@code --users} people at {@code --ramp} per
 * second; each signs in with the sign-in form, opens the portal and then, until {@code --duration}
 * seconds after the last one has started, waits a think time (exponential, mean {@code --think}
 * seconds) and does one thing: opens one of the pages people open most (home, their requests, one
 * request, the countries, Mongolia, the experts, a search), posts a message on their request, or
 * downloads a document from an expert's page. Prints, per action, p50/p95/p99, errors,
 * throughput and bytes per answer, and with {@code --app-pid} the portal's live heap per signed-in
 * session. Exits with 1 when any action failed or an action named in {@code --require} (names or
 * their beginnings, comma-separated; navigations by default) never succeeded, so that CI notices.
 *
 * <p>People sign in as {@code --accounts} with {@code %d} replaced by 1..users (the portal's
 * {@code load-test} profile creates these accounts, each with a request of its own).
 */
public final class LoadTest {

    private static final String[] PAGES = {"home", "my/requests", "countries", "countries/mongolia", "experts"};
    private static final String[] SEARCHES = {"journalists", "corruption", "protest", "women", "military"};

    private final Map<String, String> options;
    private final Stats stats = new Stats();
    private final AtomicInteger signedIn = new AtomicInteger();
    private volatile long rampEndsAt;
    private volatile long endsAt;

    private LoadTest(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = defaults();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
                System.err.println("Unknown option " + args[i] + "; options: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        System.exit(new LoadTest(options).run());
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("base-url", "http://127.0.0.1:8080/");
        defaults.put("users", "20");
        defaults.put("ramp", "7");
        defaults.put("duration", "60");
        defaults.put("think", "10");
        defaults.put("accounts", "load-%d@load-test.invalid");
        defaults.put("password", "load-test-pass");
        defaults.put("gzip", "true");
        defaults.put("app-pid", "");
        defaults.put("message-share", "0.05");
        defaults.put("download-share", "0.05");
        defaults.put("search-share", "0.05");
        defaults.put("require", Stats.NAVIGATION);
        // The download benchmark instead of the load test (README "Download benchmark"): the
        // report's size in MB, the parallel downloads, and the portal's data folder for the copy.
        defaults.put("download-benchmark", "");
        defaults.put("parallel", "20");
        defaults.put("warm-up", "5");
        defaults.put("data-dir", "");
        return defaults;
    }

    private int run() throws Exception {
        int users = Integer.parseInt(options.get("users"));
        double ramp = Double.parseDouble(options.get("ramp"));
        long durationNanos = Duration.ofSeconds(Long.parseLong(options.get("duration"))).toNanos();
        URI base = URI.create(options.get("base-url").endsWith("/") ? options.get("base-url")
                : options.get("base-url") + "/");
        if (!options.get("download-benchmark").isBlank()) {
            return new DownloadBenchmark(options, base).run();
        }
        HeapProbe heap = options.get("app-pid").isBlank() ? null : new HeapProbe(Long.parseLong(options.get("app-pid")));
        long heapBefore = heap == null ? -1 : heap.liveBytes();

        System.out.printf(Locale.ROOT, "Load test: %d people, %.1f sign-ins per s, %s s after the ramp, think %s s,"
                + " against %s%n", users, ramp, options.get("duration"), options.get("think"), base);
        HttpClient http = PortalBrowser.sharedClient();
        stats.start();
        long start = System.nanoTime();
        rampEndsAt = start + (long) (users / ramp * 1e9);
        endsAt = rampEndsAt + durationNanos;
        List<Thread> people = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            long startAt = start + (long) ((i - 1) / ramp * 1e9);
            sleepUntil(startAt);
            int number = i;
            people.add(Thread.ofVirtual().name("person-" + i).start(() -> person(http, base, number)));
        }
        for (Thread person : people) {
            person.join();
        }
        stats.finish();
        stats.print(System.out);
        if (heap != null) {
            long heapAfter = heap.liveBytes();
            int sessions = Math.max(1, signedIn.get());
            System.out.printf(Locale.ROOT, "live heap after full GC: %.1f MB before, %.1f MB with %d sessions:"
                    + " %.0f KB per session%n", heapBefore / 1048576.0, heapAfter / 1048576.0, signedIn.get(),
                    (heapAfter - heapBefore) / 1024.0 / sessions);
        }
        List<String> missing = new ArrayList<>();
        for (String required : options.get("require").split(",")) {
            if (!required.isBlank() && stats.successes(required) == 0) {
                missing.add(required.strip());
            }
        }
        boolean failed = stats.errors() > 0 || !missing.isEmpty();
        System.out.println(failed ? "LOAD TEST FAILED: " + stats.errors() + " errors; no success for " + missing
                : "LOAD TEST PASSED");
        return failed ? 1 : 0;
    }

    /** One person: sign in, open the portal, then act and think until the end. */
    private void person(HttpClient http, URI base, int number) {
        String email = options.get("accounts").formatted(number);
        boolean gzip = Boolean.parseBoolean(options.get("gzip"));
        PortalBrowser browser = null;
        String request = null;
        String expert = null;
        int acted = 0;
        while (System.nanoTime() < endsAt || (acted == 0 && number <= 2)) {
            try {
                if (browser == null) {
                    var fresh = new PortalBrowser(http, base, gzip);
                    act("sign-in", () -> fresh.signIn(email, options.get("password")));
                    act("init", () -> fresh.init("home"));
                    act(Stats.NAVIGATION + "home", () -> fresh.navigate("home"));
                    act(Stats.NAVIGATION + "my/requests", () -> fresh.navigate("my/requests"));
                    request = fresh.page().links("my/requests/").stream().findFirst().orElse(null);
                    browser = fresh;
                    signedIn.incrementAndGet();
                }
                double dice = ThreadLocalRandom.current().nextDouble();
                double message = Double.parseDouble(options.get("message-share"));
                double download = Double.parseDouble(options.get("download-share"));
                double search = Double.parseDouble(options.get("search-share"));
                if (acted++ == 0 && number <= 2) {
                    // The first two people post a message and download a document at once, even
                    // when signing in took the whole run, so that a short run (CI's on a slow
                    // machine) does each at least once whatever the dice and the clock say.
                    dice = number == 1 ? 0 : message;
                } else {
                    think();
                    if (System.nanoTime() >= endsAt) {
                        break;
                    }
                }
                PortalBrowser b = browser;
                if (dice < message && request != null) {
                    String page = request;
                    act(Stats.NAVIGATION + "my/requests/{reference}", () -> b.navigate(page));
                    act("post a message", () -> b.fillAndClick("message-text",
                            "Load test message " + System.nanoTime(), "send-message"));
                } else if (dice < message + download) {
                    if (expert == null) {
                        act(Stats.NAVIGATION + "experts", () -> b.navigate("experts"));
                        expert = b.page().links("experts/").stream().findFirst().orElse("experts/bolormaa-tsend");
                    }
                    String page = expert;
                    act(Stats.NAVIGATION + "experts/{slug}", () -> b.navigate(page));
                    List<String> documents = b.page().downloads();
                    if (!documents.isEmpty()) {
                        act("download a document", () -> b.download(documents.getFirst()));
                    }
                } else if (dice < message + download + search) {
                    String word = SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)];
                    act(Stats.NAVIGATION + "search?q=", () -> b.navigate("search?q=" + word));
                } else {
                    int pick = ThreadLocalRandom.current().nextInt(PAGES.length + 1);
                    if (pick == PAGES.length && request != null) {
                        String page = request;
                        act(Stats.NAVIGATION + "my/requests/{reference}", () -> b.navigate(page));
                    } else {
                        String page = PAGES[pick % PAGES.length];
                        act(Stats.NAVIGATION + page, () -> b.navigate(page));
                    }
                }
            } catch (ActionFailed failed) {
                // Counted; like a person after an error, start again from a fresh page (and sign-in
                // when that is what failed).
                if (failed.action.equals("sign-in") || failed.action.equals("init")) {
                    browser = null;
                    think();
                } else if (browser != null) {
                    reopen(browser);
                }
                if (System.nanoTime() >= endsAt) {
                    break;
                }
            }
        }
    }

    /** After a failure: a reload of the page, which is a new UI in the same session. */
    private void reopen(PortalBrowser browser) {
        try {
            act("init", () -> browser.init("home"));
            act(Stats.NAVIGATION + "home", () -> browser.navigate("home"));
        } catch (ActionFailed ignored) {
            // Counted already; the next action tries again.
        }
    }

    private interface Step {
        PortalBrowser.Exchange run();
    }

    private static final class ActionFailed extends RuntimeException {
        final String action;

        ActionFailed(String action) {
            super(action, null, false, false);
            this.action = action;
        }
    }

    private void act(String action, Step step) {
        Stats.Phase phase = System.nanoTime() < rampEndsAt ? Stats.Phase.RAMP : Stats.Phase.STEADY;
        try {
            stats.success(action, phase, step.run());
        } catch (PortalBrowser.PortalError | UncheckedIOException e) {
            stats.error(action);
            if (stats.errors() <= 20) {
                System.err.println(action + " failed: " + e.getMessage());
            }
            throw new ActionFailed(action);
        }
    }

    private void think() {
        double mean = Double.parseDouble(options.get("think"));
        double seconds = -mean * Math.log(1 - ThreadLocalRandom.current().nextDouble());
        long until = Math.min(endsAt, System.nanoTime() + (long) (seconds * 1e9));
        sleepUntil(until);
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

}
