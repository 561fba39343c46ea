import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The several-nodes check on one machine, without Docker (README "Running several nodes",
 * docs/adr/045). Started by docker/cluster/check-here.sh, which prepares the database and the
 * production jar and passes the settings in the environment. This program starts the rest: a fake
 * SMTP server (GreenMail, in this JVM), S3Proxy (a process), two portal nodes (processes of the
 * production jar, each with its own data folder and port; node b starts as the Docker image does,
 * with the bean definitions made at build time, docs/adr/054) and HAProxy (a process, cookie
 * stickiness); then runs the checks, prints one line per check and exits non-zero if any failed.
 */
public final class ClusterCheck {

    static final String CLIENT_PASSWORD = "demo-client-pass";
    static final String ADMIN = "admin@demo.test";
    static final String ADMIN_PASSWORD = "demo-admin-pass";
    static final String ADMIN_TOTP = "7SLZ53SKRXC4M4JRNJZWTTUEA2TJUAH2";
    static final String STAFF_TOTP = "TV5DBLQOK3WOZCEOUH6FMXD55D3CKFDG";
    static final String CHANGESET = "0145-cluster-check-marker";
    static final String[] ROUTES = {"home", "my/requests", "account", "account/sessions", "countries", "experts"};

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Map<String, String> summary = new LinkedHashMap<>();
        boolean passed = true;
        try (Cluster cluster = new Cluster(settings)) {
            current = cluster;
            cluster.start();
            Checks checks = new Checks(cluster);
            passed &= run(summary, settings.clients() + " clients navigate for " + settings.loadFor().toSeconds()
                    + " s through HAProxy", checks::load);
            passed &= run(summary, "a document uploaded through node A downloads through node B", checks::documents);
            passed &= run(summary, "signing out everywhere on node A ends the session on node B",
                    () -> checks.sessionEnded(Checks.Ending.SIGN_OUT_EVERYWHERE));
            passed &= run(summary, "a password change on node A ends the session on node B",
                    () -> checks.sessionEnded(Checks.Ending.PASSWORD_CHANGE));
            passed &= run(summary, "disabling the account on node A ends its session on node B",
                    () -> checks.sessionEnded(Checks.Ending.DISABLED));
            passed &= run(summary, "clock warnings, consultation reminders, retention and the outbox fire once",
                    checks::jobsOnce);
            passed &= run(summary, "node A killed mid-traffic: B serves, A's users sign in again, nothing lost",
                    checks::failover);
            passed &= run(summary, "a rolling restart with a new Liquibase change applies it once",
                    checks::rollingRestart);
        } catch (Exception | AssertionError e) {
            summary.put("the cluster started", "FAIL " + e);
            e.printStackTrace();
            passed = false;
        }
        System.out.println();
        System.out.println("==> Several nodes on this machine: summary");
        summary.forEach((check, outcome) -> System.out.println(outcome.substring(0, 4) + "  " + check + ": "
                + outcome.substring(5)));
        System.out.println(passed ? "All checks passed (logs under " + settings.work() + ")."
                : "Some checks FAILED (logs and screenshots under " + settings.work() + ").");
        System.exit(passed ? 0 : 1);
    }

    interface Check {
        String run() throws Exception;
    }

    private static boolean run(Map<String, String> summary, String name, Check check) {
        System.out.println("\n--> " + name);
        long started = System.nanoTime();
        try {
            String detail = check.run();
            String took = " (" + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s)";
            summary.put(name, "PASS " + detail + took);
            System.out.println("PASS " + detail + took);
            return true;
        } catch (Exception | AssertionError e) {
            if (current != null) {
                current.screenshots(name);
            }
            String message = String.valueOf(e.getMessage());
            int callLog = message.indexOf("Call log:");
            if (message.contains("TimeoutError") && callLog > 0) {
                // Playwright's message: a stack of its own, then what it was waiting for.
                message = "Playwright timed out, " + message.substring(callLog);
            }
            message = message.replaceAll("\\s+", " ").trim();
            summary.put(name, "FAIL " + (message.length() > 400 ? message.substring(0, 400) + "..." : message));
            System.out.println("FAIL " + e);
            e.printStackTrace(System.out);
            return false;
        } finally {
            if (current != null) {
                current.closeBrowsers();
            }
        }
    }

    /** The cluster the checks run on, for screenshots of the browsers a failed check left open. */
    static Cluster current;

    static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(Locale.ROOT, message, args));
        }
    }

    // ---- settings ------------------------------------------------------------------------------

    record Settings(Path jar, Path work, String dbUrl, String dbUser, String dbPassword, int balancerPort,
            int portA, int portB, int s3Port, int smtpPort, int clients, Duration loadFor, String haproxy,
            String chromium) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            return new Settings(Path.of(env.get("CHECK_JAR")).toAbsolutePath(), Path.of(env.get("CHECK_WORK"))
                            .toAbsolutePath(), env.get("CHECK_DB_URL"), env.get("CHECK_DB_USER"),
                    env.get("CHECK_DB_PASSWORD"), Integer.parseInt(env.getOrDefault("CHECK_BALANCER_PORT", "28480")),
                    Integer.parseInt(env.getOrDefault("CHECK_PORT_A", "28481")),
                    Integer.parseInt(env.getOrDefault("CHECK_PORT_B", "28482")),
                    Integer.parseInt(env.getOrDefault("CHECK_S3_PORT", "28483")),
                    Integer.parseInt(env.getOrDefault("CHECK_SMTP_PORT", "28425")),
                    Integer.parseInt(env.getOrDefault("CHECK_CLIENTS", "50")),
                    Duration.parse(env.getOrDefault("CHECK_LOAD_FOR", "PT2M")),
                    env.getOrDefault("CHECK_HAPROXY", "/usr/sbin/haproxy"),
                    env.getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
        }

        String balancer() {
            return "http://127.0.0.1:" + balancerPort;
        }
    }

    // ---- the cluster ---------------------------------------------------------------------------

    static final class Cluster implements AutoCloseable {
        final Settings settings;
        final Node a;
        final Node b;
        final String s3Secret = random(18);
        GreenMail smtp;
        Process s3;
        Process haproxy;
        Playwright playwright;
        Browser browser;

        Cluster(Settings settings) {
            this.settings = settings;
            String totpKey = Base64.getEncoder().encodeToString(randomBytes(32));
            String documentKeys = "cluster:" + Base64.getEncoder().encodeToString(randomBytes(32));
            this.a = new Node("a", settings.portA(), settings, totpKey, documentKeys, this);
            this.b = new Node("b", settings.portB(), settings, totpKey, documentKeys, this);
        }

        void start() throws Exception {
            Files.createDirectories(settings.work());
            smtp = new GreenMail(new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            System.out.println("Fake SMTP (GreenMail) on 127.0.0.1:" + settings.smtpPort());
            startS3();
            startHaproxy();
            // One after the other: the first applies the migrations, the second finds them applied.
            a.start(false);
            a.awaitReady();
            b.start(false);
            b.awaitReady();
            awaitBalancer();
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(settings.chromium()))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }

        Path bucketFolder() {
            return settings.work().resolve("s3").resolve("portal-documents");
        }

        String s3Endpoint() {
            return "http://127.0.0.1:" + settings.s3Port();
        }

        private void startS3() throws Exception {
            Files.createDirectories(bucketFolder());
            Path properties = settings.work().resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + s3Endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=portal-cluster",
                    "s3proxy.credential=" + s3Secret,
                    "jclouds.provider=filesystem",
                    "jclouds.identity=portal-cluster",
                    "jclouds.credential=" + s3Secret,
                    "jclouds.filesystem.basedir=" + settings.work().resolve("s3"), ""));
            s3 = new ProcessBuilder(javaBinary(), "-Xmx192m", "-cp", System.getProperty("java.class.path"),
                    "org.gaul.s3proxy.Main", "--properties", properties.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(settings.work().resolve("s3proxy.log").toFile())
                    .start();
            awaitPort(settings.s3Port(), Duration.ofSeconds(60), s3, "S3Proxy");
            System.out.println("S3Proxy on " + s3Endpoint() + " (objects under " + settings.work().resolve("s3") + ")");
        }

        private void startHaproxy() throws Exception {
            Path config = settings.work().resolve("haproxy.cfg");
            Files.writeString(config, """
                    # Generated by ClusterCheck: the same balancing as docker/cluster/haproxy.cfg, on this machine's ports.
                    global
                        maxconn 2048
                        log stdout format raw local0
                    defaults
                        mode http
                        timeout connect 3s
                        timeout client 60s
                        timeout server 60s
                        timeout http-keep-alive 10s
                        retries 3
                        option redispatch
                        retry-on conn-failure empty-response
                        option forwardfor
                        option httplog
                        log stdout format raw local0
                    frontend portal
                        bind 127.0.0.1:%d
                        default_backend nodes
                    backend nodes
                        balance roundrobin
                        cookie SERVERID insert indirect nocache httponly
                        option httpchk GET /actuator/health/readiness
                        http-check expect status 200
                        default-server inter 1s fall 2 rise 2
                        timeout check 3s
                        http-response set-header X-Portal-Node %%s
                        server a 127.0.0.1:%d check cookie a
                        server b 127.0.0.1:%d check cookie b
                    """.formatted(settings.balancerPort(), settings.portA(), settings.portB()));
            Process validate = new ProcessBuilder(settings.haproxy(), "-c", "-f", config.toString())
                    .redirectErrorStream(true).start();
            String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            check(validate.waitFor() == 0, "HAProxy refuses its configuration: %s", output);
            haproxy = new ProcessBuilder(settings.haproxy(), "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(settings.work().resolve("haproxy.log").toFile())
                    .start();
            awaitPort(settings.balancerPort(), Duration.ofSeconds(20), haproxy, "HAProxy");
            System.out.println("HAProxy on " + settings.balancer() + " (cookie SERVERID, nodes a and b)");
        }

        void awaitBalancer() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Set<String> seen = new java.util.HashSet<>();
            while (System.nanoTime() < deadline && seen.size() < 2) {
                try {
                    HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(settings.balancer() + "/login"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (login.statusCode() == 200) {
                        login.headers().firstValue("X-Portal-Node").ifPresent(seen::add);
                    }
                } catch (IOException notYet) {
                    // HAProxy has not marked the nodes up yet.
                }
                Thread.sleep(200);
            }
            check(seen.size() == 2, "HAProxy did not reach both nodes within 60 s (saw %s)", seen);
        }

        Connection db() throws SQLException {
            return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        }

        long count(String sql, Object... args) throws SQLException {
            try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        List<Long> longs(String sql, Object... args) throws SQLException {
            try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                List<Long> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getLong(1));
                    }
                }
                return values;
            }
        }

        int update(String sql, Object... args) throws SQLException {
            try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                return statement.executeUpdate();
            }
        }

        /** A new client account that signs in with the demo client's password (as the tests' fixtures do). */
        String newClient(String who) throws SQLException {
            String email = who + "-" + System.nanoTime() + "@cluster.test";
            update("""
                    insert into account (version, email, display_name, role, password_hash, must_change_password,
                      enabled, created_at, organisation_admin)
                    select 0, ?, ?, 'CLIENT', password_hash, false, true, utc_timestamp(6), false
                    from account where email = 'client@demo.test'""", email, "Cluster " + who);
            return email;
        }

        /** A request of that client, waiting for the client (documents and messages allowed). */
        String newRequest(String email, String status, String extraColumns, String extraValues) throws SQLException {
            String reference = "ER-2026-" + (900000 + SEQUENCE.incrementAndGet());
            update("""
                    insert into report_request (version, reference, client_account_id, requester_kind, requester_name,
                      email, preferred_channel, safe_by_email, safe_by_phone, safe_by_whatsapp, country_code, case_stage,
                      legal_aid, preferred_language, summary, consent_version, consent_at, status, received_at,
                      first_response_due_at, response_warning_at, response_escalation_at, last_activity_at%s)
                    select 0, ?, a.id, 'APPLICANT', a.display_name, a.email, 'EMAIL', true, false, false, 'IR',
                      'APPEAL', false, 'en', 'Several nodes check', '2026-11', utc_timestamp(6), ?, utc_timestamp(6),
                      utc_timestamp(6) + interval 1 day, utc_timestamp(6) + interval 1 day,
                      utc_timestamp(6) + interval 1 day, utc_timestamp(6)%s
                    from account a where a.email = ?""".formatted(extraColumns, extraValues), reference, status, email);
            return reference;
        }

        private final List<BrowserContext> browsers = new ArrayList<>();

        /** A new browser (its own cookies), closed when the check ends. */
        BrowserContext newBrowser() {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setTimezoneId("Europe/London")
                    .setExtraHTTPHeaders(Map.of("X-Forwarded-For", Addresses.next())));
            context.setDefaultTimeout(60_000);
            browsers.add(context);
            return context;
        }

        void screenshots(String check) {
            int n = 0;
            for (BrowserContext context : browsers) {
                for (Page page : context.pages()) {
                    Path file = settings.work().resolve(check.replaceAll("[^A-Za-z0-9]+", "-") + "-" + ++n + ".png");
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                        System.out.println("Screenshot of " + page.url() + ": " + file);
                    } catch (RuntimeException e) {
                        System.out.println("No screenshot of " + page.url() + ": " + e.getMessage().lines().findFirst()
                                .orElse(""));
                    }
                }
            }
        }

        void closeBrowsers() {
            for (BrowserContext context : browsers) {
                try {
                    context.close();
                } catch (RuntimeException alreadyClosed) {
                    // The browser went with it.
                }
            }
            browsers.clear();
        }

        @Override
        public void close() {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
            a.kill();
            b.kill();
            stop(haproxy);
            stop(s3);
            if (smtp != null) {
                smtp.stop();
            }
        }

        private static void stop(Process process) {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000) * 50);

    /** One portal node: the production jar in a process of its own. */
    static final class Node {
        final String name;
        final int port;
        final Settings settings;
        final String totpKey;
        final String documentKeys;
        final Cluster cluster;
        Process process;
        int starts;

        Node(String name, int port, Settings settings, String totpKey, String documentKeys, Cluster cluster) {
            this.name = name;
            this.port = port;
            this.settings = settings;
            this.totpKey = totpKey;
            this.documentKeys = documentKeys;
            this.cluster = cluster;
        }

        /** Node b starts as the Docker image does: with the bean definitions made at build time. */
        boolean aheadOfTime() {
            return name.equals("b");
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** Starts the node; {@code withCheckChange} adds the test-only changeset's context. */
        void start(boolean withCheckChange) throws IOException {
            check(process == null || !process.isAlive(), "node %s is still running", name);
            starts++;
            Path data = settings.work().resolve("node-" + name);
            Files.createDirectories(data);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:+UseSerialGC"));
            if (aheadOfTime()) {
                command.add("-Dspring.aot.enabled=true");
            }
            command.addAll(List.of("-jar", settings.jar().toString(),
                    "--spring.liquibase.contexts=default,demo" + (withCheckChange ? ",cluster-check" : ""),
                    "--portal.two-factor.demo-accounts=staff@demo.test:" + STAFF_TOTP + ",admin@demo.test:" + ADMIN_TOTP,
                    // The jobs run every few seconds (not every minute or night), so that the check sees them.
                    "--portal.response.check-interval=PT5S",
                    "--portal.consultation.reminder-interval=PT5S",
                    "--portal.retention.cron=*/10 * * * * *"));
            ProcessBuilder builder = new ProcessBuilder(command);
            // The shared document store and every secret through the environment, as in production:
            // never on the command line, where any process of the machine can read them.
            Map<String, String> env = builder.environment();
            env.put("PORT", String.valueOf(port));
            env.put("SPRING_DATASOURCE_URL", settings.dbUrl());
            env.put("SPRING_DATASOURCE_USERNAME", settings.dbUser());
            env.put("SPRING_DATASOURCE_PASSWORD", settings.dbPassword());
            env.put("PORTAL_DATA_DIR", data.toString());
            env.put("PORTAL_TOTP_KEY", totpKey);
            env.put("PORTAL_DOCUMENT_KEYS", documentKeys);
            env.put("PORTAL_DOCUMENT_STORE", "s3");
            env.put("PORTAL_S3_ENDPOINT", cluster.s3Endpoint());
            env.put("PORTAL_S3_REGION", "us-east-1");
            env.put("PORTAL_S3_BUCKET", "portal-documents");
            env.put("PORTAL_S3_ACCESS_KEY", "portal-cluster");
            env.put("PORTAL_S3_SECRET_KEY", cluster.s3Secret);
            env.put("SPRING_MAIL_HOST", "127.0.0.1");
            env.put("SPRING_MAIL_PORT", String.valueOf(settings.smtpPort()));
            env.put("PORTAL_BASE_URL", settings.balancer());
            env.put("PORTAL_ALERT_DIGEST_MINUTES", "0");
            env.put("PORTAL_SHUTDOWN_GRACE", "15s");
            env.put("VAADIN_USAGE_STATS_ENABLED", "false");
            process = builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("portal.log").toFile()))
                    .start();
            System.out.println("Node " + name + " starting on " + url() + " (pid " + process.pid() + ", log "
                    + data.resolve("portal.log") + ")");
        }

        void awaitReady() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                check(process.isAlive(), "node %s stopped during start:%n%s", name, tail());
                try {
                    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url()
                            + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                        check(listensHere(), "port %d answers, but not node %s's process %d (another program?)",
                                port, name, process.pid());
                        String log = Files.readString(settings.work().resolve("node-" + name).resolve("portal.log"));
                        check(log.contains("Starting AOT-processed PortalApplication") == aheadOfTime(),
                                "node %s should start %s the build-time bean definitions", name,
                                aheadOfTime() ? "with" : "without");
                        System.out.println("Node " + name + " ready in "
                                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(500);
            }
            throw new AssertionError("node " + name + " not ready within 240 s:\n" + tail());
        }

        /** Whether the process listening on the node's port is this node's (lsof). */
        private boolean listensHere() throws IOException, InterruptedException {
            Process lsof = new ProcessBuilder("lsof", "-t", "-iTCP:" + port, "-sTCP:LISTEN").start();
            String pids = new String(lsof.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            lsof.waitFor();
            return pids.lines().map(String::trim).anyMatch(String.valueOf(process.pid())::equals);
        }

        /** kill -9: no shutdown hook, no graceful anything. */
        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** SIGTERM and wait: the graceful shutdown. @return how long it took */
        Duration stopGracefully() throws InterruptedException {
            long started = System.nanoTime();
            process.destroy();
            check(process.waitFor(60, TimeUnit.SECONDS), "node %s did not stop within 60 s of SIGTERM", name);
            return Duration.ofNanos(System.nanoTime() - started);
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(settings.work().resolve("node-" + name).resolve("portal.log"));
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    // ---- the checks ----------------------------------------------------------------------------

    static final class Checks {
        final Cluster cluster;
        final Settings settings;

        Checks(Cluster cluster) {
            this.cluster = cluster;
            this.settings = cluster.settings;
        }

        enum Ending { SIGN_OUT_EVERYWHERE, PASSWORD_CHANGE, DISABLED }

        String load() throws Exception {
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                emails.add(cluster.newClient("load" + i));
            }
            LoadResult result = Load.navigate(settings.balancer(), emails, CLIENT_PASSWORD, settings.loadFor(), null);
            check(result.errors().isEmpty(), "%d error(s), e.g. %s", result.errorCount(), result.errors());
            check(result.signInAsked() == 0, "%d request(s) were sent to sign in", result.signInAsked());
            check(result.nodesPerClient().values().stream().allMatch(nodes -> nodes.size() == 1),
                    "stickiness broken: clients served by several nodes: %s", result.nodesPerClient());
            check(result.perNode().size() == 2, "both nodes must serve clients: %s", result.perNode());
            long expected = settings.clients() * settings.loadFor().toSeconds() / 4;
            check(result.navigations() >= expected, "too few navigations: %d, expected at least %d",
                    result.navigations(), expected);
            return result.navigations() + " navigations, no error, each client on one node (" + result.perNode()
                    + ", median " + result.medianMillis() + " ms, p95 " + result.p95Millis() + " ms)";
        }

        String documents() throws Exception {
            String client = cluster.newClient("documents");
            String reference = cluster.newRequest(client, "AWAITING_CLIENT", "", "");
            String fileName = "cluster-" + System.nanoTime() + ".pdf";
            byte[] pdf = Pdf.onePage("Uploaded through node A " + Instant.now());
            long objectsBefore = objectsInBucket();
            {
                BrowserContext onA = cluster.newBrowser();
                Page page = onA.newPage();
                Web.signIn(page, cluster.a.url(), client, CLIENT_PASSWORD, null);
                page.navigate(cluster.a.url() + "/my/requests/" + reference.toLowerCase(Locale.ROOT));
                page.locator("#case-document input[type=file]")
                        .setInputFiles(new FilePayload(fileName, "application/pdf", pdf));
                page.locator("#upload-result").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(fileName)).waitFor();
            }
            check(objectsInBucket() > objectsBefore, "no new object in the S3 store after the upload");
            check(Files.notExists(cluster.settings.work().resolve("node-a").resolve("documents"))
                    || countFiles(cluster.settings.work().resolve("node-a").resolve("documents")) == 0,
                    "node A kept a document on its own disk");
            {
                BrowserContext onB = cluster.newBrowser();
                Page page = onB.newPage();
                Web.signIn(page, cluster.b.url(), client, CLIENT_PASSWORD, null);
                page.navigate(cluster.b.url() + "/my/requests/" + reference.toLowerCase(Locale.ROOT));
                var link = page.locator("#documents a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(fileName));
                link.waitFor();
                var download = onB.request().get(cluster.b.url() + "/" + link.getAttribute("href"));
                check(download.status() == 200, "download through node B answered %d", download.status());
                check(MessageDigest.isEqual(sha256(download.body()), sha256(pdf)),
                        "node B's download differs from what node A received");
            }
            return "the same " + pdf.length + " bytes (SHA-256 checked), stored once in S3Proxy, nothing on node A's disk";
        }

        String sessionEnded(Ending ending) throws Exception {
            String client = cluster.newClient("sessions-" + ending.name().toLowerCase(Locale.ROOT));
            Uidl onB = new Uidl(cluster.b.url());
            onB.signIn(client, CLIENT_PASSWORD);
            check(onB.status("/home") == 200, "the session on node B is not signed in");
            {
                BrowserContext onA = cluster.newBrowser();
                Page page = onA.newPage();
                endOnNodeA(ending, page, client);
            }
            HttpResponse<String> home = onB.get("/home");
            check(home.statusCode() == 302 && home.headers().firstValue("Location").orElse("").endsWith("/login"),
                    "node B still serves the session: %d %s", home.statusCode(), home.headers().map());
            return "node B's next request went to /login";
        }

        private void endOnNodeA(Ending ending, Page page, String client) throws Exception {
                switch (ending) {
                    case SIGN_OUT_EVERYWHERE -> {
                        Web.signIn(page, cluster.a.url(), client, CLIENT_PASSWORD, null);
                        page.navigate(cluster.a.url() + "/account/sessions");
                        page.locator("#end-other-sessions:not([disabled])").click();
                        page.locator("#sessions #this-session").waitFor();
                        waitUntil(() -> page.locator("#end-other-sessions[disabled]").count() == 1,
                                "the other session is listed as ended");
                    }
                    case PASSWORD_CHANGE -> {
                        Web.signIn(page, cluster.a.url(), client, CLIENT_PASSWORD, null);
                        page.navigate(cluster.a.url() + "/account/password");
                        String chosen = "Cluster check passphrase " + random(6);
                        page.locator("#current-password input").fill(CLIENT_PASSWORD);
                        page.locator("#new-password input").fill(chosen);
                        page.locator("#repeat-password input").fill(chosen);
                        page.locator("#save-password").click();
                        page.waitForURL(Pattern.compile(".*/home$"));
                    }
                    case DISABLED -> {
                        Web.signIn(page, cluster.a.url(), ADMIN, ADMIN_PASSWORD, ADMIN_TOTP);
                        long id = cluster.longs("select id from account where email = ?", client).getFirst();
                        page.navigate(cluster.a.url() + "/admin/users");
                        page.locator("#user-search input").fill(client);
                        page.locator("#users").filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText(client)).waitFor();
                        page.locator("#manage-" + id).click();
                        page.locator("vaadin-dialog-overlay #toggle-enabled, #toggle-enabled").first().click();
                        waitUntil(() -> cluster.count("select count(*) from account where email = ? and not enabled",
                                client) == 1, "the account is disabled");
                    }
                }
                if (ending != Ending.DISABLED) {
                    page.navigate(cluster.a.url() + "/home");
                    check(page.url().endsWith("/home"), "the session on node A it was done in must go on: %s",
                            page.url());
                }
        }

        String jobsOnce() throws Exception {
            String client = cluster.newClient("jobs");
            List<String> clockDue = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String reference = cluster.newRequest(client, "SUBMITTED", "", "");
                cluster.update("""
                        update report_request set response_warning_at = utc_timestamp(6) - interval 2 minute,
                          response_escalation_at = utc_timestamp(6) - interval 1 minute,
                          first_response_due_at = utc_timestamp(6) - interval 1 minute where reference = ?""",
                        reference);
                clockDue.add(reference);
            }
            String reminded = clockDue.getFirst();
            cluster.update("""
                    insert into consultation (version, uid, request_id, request_reference, client_account_id,
                      staff_account_id, start_at, end_at, held_start_at, status, sequence, client_zone, staff_zone,
                      booked_at, changed_at, day_reminder_at)
                    select 0, ?, r.id, r.reference, r.client_account_id, s.id, utc_timestamp(6) + interval 20 hour,
                      utc_timestamp(6) + interval 20 hour + interval 30 minute,
                      utc_timestamp(6) + interval 20 hour, 'BOOKED', 0, 'Europe/London', 'Europe/London',
                      utc_timestamp(6), utc_timestamp(6), utc_timestamp(6) - interval 1 minute
                    from report_request r, account s where r.reference = ? and s.email = 'staff@demo.test'""",
                    "cluster-check-" + System.nanoTime(), reminded);
            String retained = cluster.newRequest(client, "CLOSED", "", "");
            cluster.update("update report_request set last_activity_at = utc_timestamp(6) - interval 25 month"
                    + " where reference = ?", retained);

            // Both nodes run every job every 5 to 10 s: wait for the alerts, then a few more rounds.
            waitUntil(() -> clockDue.stream().allMatch(reference -> alerts(reference, "REQUEST_RESPONSE_DUE_SOON") > 0
                            && alerts(reference, "REQUEST_RESPONSE_OVERDUE") > 0)
                            && alerts(reminded, "CONSULTATION_REMINDER") >= 2
                            && alerts(retained, "RETENTION_WARNING") >= 1,
                    "every job to write its alerts");
            Thread.sleep(Duration.ofSeconds(25));
            List<String> references = new ArrayList<>(clockDue);
            references.add(retained);
            Map<String, Long> byType = new HashMap<>();
            for (String reference : references) {
                List<Long> perRecipient = cluster.longs("""
                        select count(*) from notification_outbox where reference = ?
                        group by alert_type, recipient_account_id""", reference);
                check(perRecipient.stream().allMatch(count -> count == 1),
                        "an alert of %s went twice to one recipient: %s", reference, perRecipient);
            }
            for (String type : List.of("REQUEST_RESPONSE_DUE_SOON", "REQUEST_RESPONSE_OVERDUE", "CONSULTATION_REMINDER",
                    "RETENTION_WARNING")) {
                byType.put(type, references.stream().mapToLong(reference -> alerts(reference, type)).sum());
            }
            check(alerts(reminded, "CONSULTATION_REMINDER") == 2, "the reminder goes to the client and the staff member");
            check(alerts(retained, "RETENTION_WARNING") == 1, "one retention warning");

            // The outbox: every one of these alerts sent, and no email twice.
            String in = String.join(",", references.stream().map(reference -> "'" + reference + "'").toList());
            waitUntil(() -> cluster.count("select count(*) from notification_outbox where reference in (" + in
                    + ") and status <> 'SENT'") == 0, "the outbox to send every alert");
            Map<String, Integer> byMessageId = new HashMap<>();
            for (MimeMessage message : cluster.smtp.getReceivedMessages()) {
                String id = message.getMessageID();
                if (id != null) {
                    byMessageId.merge(id, 1, Integer::sum);
                }
            }
            List<String> twice = byMessageId.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .map(Map.Entry::getKey).toList();
            check(twice.isEmpty(), "emails sent more than once: %s", twice);
            long sent = cluster.count("select count(*) from notification_outbox where reference in (" + in + ")");
            return "alerts " + byType + ", each once per recipient; " + sent + " outbox rows sent, "
                    + byMessageId.size() + " emails received, none twice";
        }

        private long alerts(String reference, String type) {
            try {
                return cluster.count("select count(*) from notification_outbox where reference = ? and alert_type = ?",
                        reference, type);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        String failover() throws Exception {
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                emails.add(cluster.newClient("failover" + i));
            }
            // One person on node A (HAProxy honours the cookie it would have set) who sends a message.
            String person = cluster.newClient("failover-person");
            String reference = cluster.newRequest(person, "AWAITING_CLIENT", "", "");
            String message = "Sent through node A just before it died " + random(6);
            {
                BrowserContext browserContext = cluster.newBrowser();
                browserContext.addCookies(List.of(new Cookie("SERVERID", "a").setDomain("127.0.0.1").setPath("/")));
                Page page = browserContext.newPage();
                Web.signIn(page, settings.balancer(), person, CLIENT_PASSWORD, null);
                page.navigate(settings.balancer() + "/my/requests/" + reference.toLowerCase(Locale.ROOT));
                page.locator("#message-text textarea").fill(message);
                page.locator("#send-message").click();
                page.locator("#messages").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(message))
                        .waitFor();
                check(browserContext.cookies().stream().anyMatch(c -> c.name.equals("SERVERID") && c.value.equals("a")),
                        "the person is not on node A");

                LoadResult result = Load.navigate(settings.balancer(), emails, CLIENT_PASSWORD, Duration.ofSeconds(45),
                        () -> {
                            cluster.a.kill();
                            System.out.println("Node a killed (SIGKILL) mid-traffic");
                        });
                check(!cluster.a.process.isAlive(), "node A is still running");

                Set<String> onA = result.clientsFirstOn("a");
                Set<String> onB = result.clientsFirstOn("b");
                check(!onA.isEmpty() && !onB.isEmpty(), "clients must start on both nodes: %s", result.perNode());
                check(result.errors().isEmpty(), "%d error(s), e.g. %s", result.errorCount(), result.errors());
                check(onB.stream().noneMatch(result.askedToSignIn()::contains),
                        "node B's clients were asked to sign in");
                check(result.askedToSignIn().containsAll(onA), "some of node A's clients were never asked to sign in"
                        + " again: %s of %s", result.askedToSignIn(), onA);
                check(result.afterSignInAgain().containsAll(onA), "some of node A's clients did not go on after"
                        + " signing in again: %s", result.afterSignInAgain());

                page.navigate(settings.balancer() + "/my/requests/" + reference.toLowerCase(Locale.ROOT));
                page.waitForURL(Pattern.compile(".*/login$"));
                Web.signIn(page, settings.balancer(), person, CLIENT_PASSWORD, null);
                page.navigate(settings.balancer() + "/my/requests/" + reference.toLowerCase(Locale.ROOT));
                page.locator("#messages").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(message))
                        .waitFor();
                return onB.size() + " clients on B served without a break, " + onA.size()
                        + " on A asked to sign in and went on on B (" + result.navigations()
                        + " navigations, no error); the message sent through A is there";
            }
        }

        String rollingRestart() throws Exception {
            check(cluster.count("select count(*) from DATABASECHANGELOG where ID = ?", CHANGESET) == 0,
                    "the check's changeset is applied already");
            Availability availability = Availability.watch(settings.balancer() + "/login");
            try {
                // Node A (killed before) comes back with the new version; B keeps serving meanwhile.
                cluster.a.start(true);
                cluster.a.awaitReady();
                check(cluster.count("select count(*) from DATABASECHANGELOG where ID = ?", CHANGESET) == 1,
                        "node A did not apply the change");
                Thread.sleep(Duration.ofSeconds(3));
                // Then node B: drained by its graceful shutdown, restarted with the new version.
                Duration stopping = cluster.b.stopGracefully();
                cluster.b.start(true);
                cluster.b.awaitReady();
                cluster.awaitBalancer();
                check(cluster.count("select count(*) from DATABASECHANGELOG where ID = ?", CHANGESET) == 1,
                        "the change is recorded more than once");
                check(cluster.count("select count(*) from cluster_check_marker") == 1,
                        "the change ran more than once");
                availability.stop();
                check(availability.failures() == 0, "the balancer failed %d of %d requests during the restart: %s",
                        availability.failures(), availability.requests(), availability.lastFailure());
                return "applied by node A, found applied by node B; node B stopped gracefully in "
                        + stopping.toMillis() + " ms; " + availability.requests()
                        + " requests through HAProxy meanwhile, none failed";
            } finally {
                availability.stop();
            }
        }

        private long objectsInBucket() throws IOException {
            return countFiles(cluster.bucketFolder());
        }
    }

    // ---- the load driver -----------------------------------------------------------------------

    record LoadResult(long navigations, long errorCount, List<String> errors, long signInAsked,
            Map<String, Long> perNode, Map<String, Set<String>> nodesPerClient, Map<String, String> firstNode,
            Set<String> askedToSignIn, Set<String> afterSignInAgain, long medianMillis, long p95Millis) {

        Set<String> clientsFirstOn(String node) {
            Set<String> clients = new java.util.TreeSet<>();
            firstNode.forEach((client, first) -> {
                if (first.equals(node)) {
                    clients.add(client);
                }
            });
            return clients;
        }
    }

    /**
     * Signed-in clients navigating through Vaadin's client protocol, as browsers do (HTTP only).
     * This is the one function the checks call: the load-test module's driver (docs/adr/044) can
     * replace its body without changing them.
     */
    static final class Load {

        /**
         * Each email signs in (four at a time), then all navigate among {@code ROUTES} with a pause
         * of 0.5 to 1.5 s until {@code duration} has passed. {@code midway}, if given, runs a third
         * of the way through (a node is killed); from then on a client asked to sign in does so
         * again and goes on, while before it that counts against the run.
         */
        static LoadResult navigate(String baseUrl, List<String> emails, String password, Duration duration,
                Runnable midway) throws InterruptedException {
            AtomicBoolean failureExpected = new AtomicBoolean();
            AtomicLong navigations = new AtomicLong();
            AtomicLong errorCount = new AtomicLong();
            AtomicLong signInAsked = new AtomicLong();
            List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<String, Long> perNode = new ConcurrentHashMap<>();
            Map<String, Set<String>> nodesPerClient = new ConcurrentHashMap<>();
            Map<String, String> firstNode = new ConcurrentHashMap<>();
            Set<String> asked = ConcurrentHashMap.newKeySet();
            Set<String> goneOn = ConcurrentHashMap.newKeySet();
            List<Long> millis = java.util.Collections.synchronizedList(new ArrayList<>());
            // Everyone signs in first, a few at a time (as people arrive over a morning, not all in
            // one millisecond: a password check costs a node a good part of a core); then the
            // clock starts for all of them together.
            java.util.concurrent.Semaphore signingIn = new java.util.concurrent.Semaphore(4);
            java.util.concurrent.CountDownLatch allIn = new java.util.concurrent.CountDownLatch(emails.size());
            AtomicLong deadlineNanos = new AtomicLong();
            List<Thread> clients = new ArrayList<>();
            for (String email : emails) {
                clients.add(Thread.ofVirtual().start(() -> {
                    Uidl client = new Uidl(baseUrl);
                    try {
                        signingIn.acquire();
                        try {
                            client.signIn(email, password);
                            client.open("home");
                            firstNode.put(email, client.lastNode);
                        } finally {
                            signingIn.release();
                            allIn.countDown();
                        }
                        allIn.await();
                        if (deadlineNanos.compareAndSet(0, System.nanoTime() + duration.toNanos()) && midway != null) {
                            Thread.ofVirtual().start(() -> {
                                try {
                                    Thread.sleep(duration.dividedBy(3));
                                    failureExpected.set(true);
                                    midway.run();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
                        }
                        long deadline = deadlineNanos.get();
                        boolean reSignedIn = false;
                        while (System.nanoTime() < deadline) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(500, 1500));
                            String route = ROUTES[ThreadLocalRandom.current().nextInt(ROUTES.length)];
                            long started = System.nanoTime();
                            Uidl.Outcome outcome = client.navigate(route);
                            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                            switch (outcome) {
                                case OK -> {
                                    navigations.incrementAndGet();
                                    perNode.merge(client.lastNode, 1L, Long::sum);
                                    if (!reSignedIn) {
                                        nodesPerClient.computeIfAbsent(email, key -> ConcurrentHashMap.newKeySet())
                                                .add(client.lastNode);
                                    } else {
                                        goneOn.add(email);
                                    }
                                }
                                case SIGN_IN_ASKED -> {
                                    signInAsked.incrementAndGet();
                                    asked.add(email);
                                    if (!failureExpected.get()) {
                                        errors.add(email + " asked to sign in at " + route);
                                        errorCount.incrementAndGet();
                                        return;
                                    }
                                    client = new Uidl(baseUrl);
                                    client.signIn(email, password);
                                    client.open("home");
                                    reSignedIn = true;
                                }
                            }
                        }
                    } catch (Exception | AssertionError e) {
                        errorCount.incrementAndGet();
                        if (errors.size() < 5) {
                            errors.add(email + ": " + e);
                        }
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            long p95 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.95)));
            return new LoadResult(navigations.get(), errorCount.get(), List.copyOf(errors), signInAsked.get(),
                    Map.copyOf(perNode), Map.copyOf(nodesPerClient), Map.copyOf(firstNode), Set.copyOf(asked),
                    Set.copyOf(goneOn), median, p95);
        }
    }

    /** One browser as Vaadin's client protocol sees it: cookies, the UI id, the CSRF token, the sync ids. */
    static final class Uidl {
        enum Outcome { OK, SIGN_IN_ASKED }

        private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
        private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
        private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");

        final String baseUrl;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;
        String lastNode = "?";
        int uiId = -1;
        String securityKey;
        int syncId;
        int clientId;

        /**
         * Where this browser is, as HAProxy (or the proxy before it) reports it: each simulated
         * person has an address of their own, as people do, so that one person's failed sign-ins
         * never slow down another's (the portal believes X-Forwarded-For from 127.0.0.1 only).
         */
        final String address = Addresses.next();

        Uidl(String baseUrl) {
            this.baseUrl = baseUrl;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            String location = answer.headers().firstValue("Location").orElse("");
            check(answer.statusCode() == 302 && !location.contains("/login"), "sign-in of %s refused: %d %s", email,
                    answer.statusCode(), location);
        }

        /** Opens a UI at the route, as a browser's first page load does. */
        void open(String route) throws Exception {
            HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                    + "&query=");
            check(init.statusCode() == 200, "UI init answered %d", init.statusCode());
            Matcher id = UI_ID.matcher(init.body());
            Matcher key = SECURITY_KEY.matcher(init.body());
            check(id.find() && key.find(), "UI init without a UI id or a security key: %s", abbreviate(init.body()));
            uiId = Integer.parseInt(id.group(1));
            securityKey = key.group(1);
            Matcher sync = SYNC_ID.matcher(init.body());
            syncId = sync.find() ? Integer.parseInt(sync.group(1)) : 0;
            Matcher client = CLIENT_ID.matcher(init.body());
            clientId = client.find() ? Integer.parseInt(client.group(1)) : 0;
        }

        /** A click on a link to the route: one UIDL round trip. */
        Outcome navigate(String route) throws Exception {
            String body = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%d,"clientId":%d}"""
                    .formatted(securityKey, route, syncId, clientId);
            HttpResponse<String> answer;
            try {
                answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
            } catch (ConnectException refused) {
                throw new AssertionError("connection refused by " + baseUrl, refused);
            }
            String text = answer.body();
            if (answer.statusCode() != 200 || text.contains("\"appError\"") || text.contains("\"sessionExpired\"")) {
                // What the browser does next: it reloads the page. A node that does not know the
                // session sends it to the sign-in page; anything else is an error.
                HttpResponse<String> reload = get("/home");
                if (reload.statusCode() == 302
                        && reload.headers().firstValue("Location").orElse("").endsWith("/login")) {
                    return Outcome.SIGN_IN_ASKED;
                }
                throw new AssertionError("navigation to " + route + " answered " + answer.statusCode() + ": "
                        + abbreviate(text));
            }
            Matcher sync = SYNC_ID.matcher(text);
            Matcher client = CLIENT_ID.matcher(text);
            check(sync.find() && client.find(), "navigation to %s: no sync id in %s", route, abbreviate(text));
            syncId = Integer.parseInt(sync.group(1));
            clientId = Integer.parseInt(client.group(1));
            return Outcome.OK;
        }

        int status(String path) throws Exception {
            return get(path).statusCode();
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpRequest built = request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> answer;
            try {
                answer = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException slow) {
                throw slow;
            } catch (IOException closedBeforeAnyAnswer) {
                // A kept-alive connection closed before any byte of an answer (the balancer closes
                // the connections of a node that died): browsers send the request again on a new
                // connection, once, and so does this client. Vaadin ignores a message it has handled.
                answer = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            answer.headers().firstValue("X-Portal-Node").ifPresent(node -> lastNode = node);
            return answer;
        }

        private static String abbreviate(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }

    /** Documentation addresses (RFC 5737), one per simulated person. */
    static final class Addresses {
        private static final AtomicInteger NEXT = new AtomicInteger();

        static String next() {
            int n = NEXT.getAndIncrement();
            return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
        }
    }

    /** Asks for a page through the balancer every 200 ms on its own thread; counts what failed. */
    static final class Availability {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private volatile String lastFailure = "";
        private Thread thread;

        static Availability watch(String url) {
            Availability availability = new Availability();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            availability.thread = Thread.ofVirtual().start(() -> {
                while (availability.running.get()) {
                    availability.requests.incrementAndGet();
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            availability.failures.incrementAndGet();
                            availability.lastFailure = "HTTP " + status;
                        }
                    } catch (IOException e) {
                        availability.failures.incrementAndGet();
                        availability.lastFailure = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return availability;
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join();
            }
        }

        long requests() {
            return requests.get();
        }

        long failures() {
            return failures.get();
        }

        String lastFailure() {
            return lastFailure;
        }
    }

    /** Signing in through the real form in the browser, with a second factor when the account has one. */
    static final class Web {
        static void signIn(Page page, String baseUrl, String email, String password, String totpSecret) {
            page.navigate(baseUrl + "/login");
            page.locator("input[name='username']").fill(email);
            page.locator("input[name='password']").fill(password);
            page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
            // Off the form: home, the page that sent the person to sign in (?continue), the second
            // step, or back with an error.
            page.waitForURL(url -> !url.endsWith("/login"));
            if (page.url().endsWith("/login/two-factor")) {
                check(totpSecret != null, "%s was asked for a second factor", email);
                page.locator("#second-factor-code input").fill(Totp.code(totpSecret, Instant.now()));
                page.locator("#second-factor-submit").click();
                page.waitForURL(url -> !url.endsWith("/login/two-factor"));
            }
            check(!page.url().contains("/login"), "%s did not sign in: %s", email, page.url());
        }
    }

    /** RFC 6238 codes (SHA-1, 30 s, 6 digits), as authenticator apps compute them. */
    static final class Totp {
        static String code(String base32Secret, Instant at) {
            try {
                Mac mac = Mac.getInstance("HmacSHA1");
                mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
                long step = at.getEpochSecond() / 30;
                byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
                int offset = hash[hash.length - 1] & 0xf;
                int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
                return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] base32(String text) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int buffer = 0;
            int bits = 0;
            for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
                int value = alphabet.indexOf(c);
                if (value < 0) {
                    continue;
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8) {
                    out.write((buffer >> (bits - 8)) & 0xff);
                    bits -= 8;
                }
            }
            return out.toByteArray();
        }
    }

    /** A one-page PDF written by hand (no library), with the text given. */
    static final class Pdf {
        static byte[] onePage(String text) {
            String content = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", " ") + ") Tj ET";
            List<String> objects = List.of(
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                            + " /Resources << /Font << /F1 5 0 R >> >> >>",
                    "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(pdf.length());
                pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("waited 120 s for " + what);
    }

    static void awaitPort(int port, Duration timeout, Process process, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            check(process.isAlive(), "%s stopped at start (exit %d)", what, process.isAlive() ? 0 : process.exitValue());
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError(what + " is not listening on " + port);
    }

    static long countFiles(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String random(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }
}
