package org.expertportal.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The download benchmark (README "Download benchmark", issue #18): how fast one large encrypted
 * report leaves the portal next to a plain copy of a file of the same size on the same disk, and
 * what many parallel downloads of it cost the portal's heap.
 *
 * <ol>
 *   <li>Plain copy: a file of random bytes the size of the report, written to {@code --data-dir}
 *       (the portal's data folder, so the same disk) and copied five times with {@code
 *       Files.copy} and five times through a 64 KB buffer; the median of each, in MB/s.
 *   <li>One download: client 1 signs in, opens their request and downloads the report over HTTP
 *       as a browser saves it (the portal decrypts, checks and sends it; the driver counts the
 *       bytes). The first download after the portal's start is shown on its own (the JIT has not
 *       compiled the crypto yet), then {@code --warm-up} more (5), then five timed; their median,
 *       and its ratio to the plain copy.
 *   <li>{@code --parallel} downloads: as many clients, each signed in with a session of their own
 *       and on their request page, start their download at the same moment. Total MB/s, and the
 *       portal's heap, read through JMX (the portal's process id, {@code --app-pid}): live heap
 *       (after two full collections) before; live heap once while all downloads are under way
 *       (a full collection forced when a third of the bytes has gone); heap in use sampled every
 *       50 ms (garbage not yet collected included); live heap after.
 * </ol>
 *
 * The portal must run with the {@code load-test} profile and {@code
 * portal.load-test.report-megabytes} set, which stores the report and shares it with every
 * load-test client's request (load-test/run.sh does this for {@code --download-benchmark}).
 */
final class DownloadBenchmark {

    private static final double MB = 1024 * 1024;
    private static final int REPEATS = 5;

    private final Map<String, String> options;
    private final long size;
    private final int parallel;
    private final URI base;
    private final HttpClient http = PortalBrowser.sharedClient();

    DownloadBenchmark(Map<String, String> options, URI base) {
        this.options = options;
        this.size = Long.parseLong(options.get("download-benchmark")) * 1024 * 1024;
        this.parallel = Integer.parseInt(options.get("parallel"));
        this.base = base;
    }

    int run() throws Exception {
        System.out.printf(Locale.ROOT, "Download benchmark: a %d MB report, %d parallel downloads, against %s%n",
                size / 1024 / 1024, parallel, base);
        double[] copies = plainCopy();
        double plain = copies[0];
        System.out.printf(Locale.ROOT, "plain copy on the same disk: Files.copy %.0f MB/s, through a 64 KB buffer"
                + " %.0f MB/s (median of %d each)%n", copies[0], copies[1], REPEATS);

        List<Reader> readers = new ArrayList<>();
        for (int i = 1; i <= Math.max(1, parallel); i++) {
            readers.add(signIn(i));
        }
        Reader first = readers.getFirst();
        PortalBrowser.Exchange cold = first.download(new LongAdder());
        if (!cold.body().startsWith("%PDF-")) {
            throw new PortalBrowser.PortalError("the download is not the report: it starts " + cold.body());
        }
        if (cold.gzipped()) {
            System.out.println("NOTE: the download came gzip-compressed; documents must not be");
        }
        int warmUp = Integer.parseInt(options.get("warm-up"));
        double[] warming = new double[warmUp];
        for (int i = 0; i < warmUp; i++) {
            warming[i] = mbPerSecond(size, first.download(new LongAdder()).nanos());
        }
        System.out.printf(Locale.ROOT, "first download after the portal's start: %.0f MB/s; %d more to warm its JIT"
                + " up: %s MB/s%n", mbPerSecond(size, cold.nanos()), warmUp, figures(warming));
        double[] single = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            single[i] = mbPerSecond(size, first.download(new LongAdder()).nanos());
        }
        double one = median(single);
        System.out.printf(Locale.ROOT, "one download over HTTP (decrypt, check, send): %.0f MB/s (median of %d:"
                + " %s), %.0f %% of the plain copy (target >= 50 %%)%n", one, REPEATS, figures(single),
                100 * one / plain);

        HeapProbe probe = options.get("app-pid").isBlank() ? null : new HeapProbe(Long.parseLong(options.get("app-pid")));
        if (probe == null) {
            System.out.println("no --app-pid: the heap is not measured");
        }
        try (HeapProbe.Connection heap = probe == null ? null : probe.connect()) {
            parallelDownloads(readers, heap, plain);
        }
        System.out.println("DOWNLOAD BENCHMARK DONE");
        return 0;
    }

    private void parallelDownloads(List<Reader> readers, HeapProbe.Connection heap, double plain)
            throws InterruptedException {
        long liveBefore = heap == null ? 0 : heap.liveBytes();
        long collectionsBefore = heap == null ? 0 : heap.collections();
        LongAdder progress = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        long[] nanos = new long[readers.size()];
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    PortalBrowser.Exchange got = readers.get(index).download(progress);
                    nanos[index] = got.nanos();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        AtomicLong maxUsed = new AtomicLong();
        AtomicLong liveDuring = new AtomicLong(-1);
        long total = size * readers.size();
        Thread sampler = heap == null ? null : Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxUsed.accumulateAndGet(heap.usedBytes(), Math::max);
                if (liveDuring.get() < 0 && progress.sum() >= total / 3) {
                    liveDuring.set(heap.liveBytes());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - started;
        if (sampler != null) {
            sampler.interrupt();
            sampler.join();
        }
        if (!failures.isEmpty()) {
            throw new PortalBrowser.PortalError(failures.size() + " of " + readers.size() + " downloads failed: "
                    + failures.getFirst());
        }
        double[] each = Arrays.stream(nanos).mapToDouble(n -> mbPerSecond(size, n)).toArray();
        double aggregate = mbPerSecond(total, wall);
        System.out.printf(Locale.ROOT, "%d parallel downloads: %.1f s in all, %.0f MB/s in total (%.0f %% of the"
                + " plain copy), each %.1f MB/s median (slowest %.1f)%n", readers.size(), wall / 1e9, aggregate,
                100 * aggregate / plain, median(each), Arrays.stream(each).min().orElse(0));
        if (heap == null) {
            return;
        }
        long liveAfter = heap.liveBytes();
        long during = liveDuring.get();
        System.out.printf(Locale.ROOT, "portal heap: live %.1f MB before; live %s while the downloads ran;"
                + " in use at most %.1f MB (garbage included, %d collections); live %.1f MB after%n",
                liveBefore / MB, during < 0 ? "not sampled" : "%.1f MB".formatted(during / MB), maxUsed.get() / MB,
                heap.collections() - collectionsBefore, liveAfter / MB);
        if (during >= 0) {
            double growth = (during - liveBefore) / MB;
            System.out.printf(Locale.ROOT, "heap held by %d downloads under way: %+.1f MB, %.2f MB per download"
                    + " (a %d MB buffer each would be %.0f MB)%n", readers.size(), growth, growth / readers.size(),
                    size / 1024 / 1024, total / MB);
        }
    }

    /** A signed-in client on their request page, with the address of the report's download. */
    private Reader signIn(int number) {
        var browser = new PortalBrowser(http, base, Boolean.parseBoolean(options.get("gzip")));
        browser.signIn(options.get("accounts").formatted(number), options.get("password"));
        browser.init("my/requests");
        browser.navigate("my/requests");
        String request = browser.page().links("my/requests/").stream().findFirst()
                .orElseThrow(() -> new PortalBrowser.PortalError("client " + number + " has no request"));
        browser.navigate(request);
        String download = browser.page().downloads().stream().findFirst()
                .orElseThrow(() -> new PortalBrowser.PortalError("no document on " + request + ": was the portal"
                        + " started with portal.load-test.report-megabytes?"));
        return new Reader(browser, download);
    }

    private final class Reader {
        private final PortalBrowser browser;
        private final String download;

        Reader(PortalBrowser browser, String download) {
            this.browser = browser;
            this.download = download;
        }

        PortalBrowser.Exchange download(LongAdder progress) {
            PortalBrowser.Exchange got = browser.downloadDiscarding(download, progress);
            if (got.bodyBytes() != size) {
                throw new PortalBrowser.PortalError("download of " + got.bodyBytes() + " bytes, expected " + size);
            }
            return got;
        }
    }

    /** Median MB/s of {@code Files.copy} and of a copy through a 64 KB buffer. */
    private double[] plainCopy() throws IOException {
        String dir = options.get("data-dir");
        Path folder = Files.createTempDirectory(dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"))
                : Path.of(dir), "download-benchmark-");
        Path source = folder.resolve("plain.bin");
        Path target = folder.resolve("copy.bin");
        try {
            byte[] chunk = new byte[1024 * 1024];
            Random random = new Random(50);
            try (OutputStream out = Files.newOutputStream(source)) {
                for (long written = 0; written < size; written += chunk.length) {
                    random.nextBytes(chunk);
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
                }
            }
            double[] filesCopy = new double[REPEATS];
            double[] buffered = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                Files.deleteIfExists(target);
                long started = System.nanoTime();
                Files.copy(source, target);
                filesCopy[i] = mbPerSecond(size, System.nanoTime() - started);
                Files.delete(target);
                started = System.nanoTime();
                try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        out.write(buffer, 0, n);
                    }
                }
                buffered[i] = mbPerSecond(size, System.nanoTime() - started);
            }
            return new double[] {median(filesCopy), median(buffered)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files.deleteIfExists(target);
            Files.deleteIfExists(source);
            Files.deleteIfExists(folder);
        }
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / MB / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String figures(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> "%.0f".formatted(v)).toList());
    }
}
