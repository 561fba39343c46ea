package org.expertportal.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser, as the portal sees it: its own cookies, the sign-in form, Vaadin's
 * bootstrap ({@code ?v-r=init}) and then UIDL messages ({@code ?v-r=uidl}) carrying the events a
 * page sends: {@code ui-navigate} for a link, property changes and clicks for a form. It keeps the
 * {@code syncId} and {@code clientId} the server expects next, as Vaadin's client does. Many
 * browsers share one {@link HttpClient} (one connection pool); cookies are kept here, per browser.
 *
 * <p>Not thread-safe: one person acts at a time.
 */
public final class PortalBrowser {

    /** What one HTTP exchange cost: time, bytes on the wire, bytes of the body after decompression. */
    public record Exchange(int status, long nanos, long wireBytes, long bodyBytes, boolean gzipped, String body) {}

    /** A refusal or protocol failure the person would see as an error (or a reload). */
    public static final class PortalError extends RuntimeException {
        public PortalError(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The details a real browser sends with the bootstrap (screen, window, time zone). */
    private static final String BROWSER_DETAILS = "&v-sw=1920&v-sh=1080&v-ww=1280&v-wh=800&v-bw=1280&v-bh=800"
            + "&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1";

    private final HttpClient http;
    private final URI base;
    private final boolean acceptGzip;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    /** The last UIDL message sent, for {@link #resendLast}. */
    private String lastMessage;
    private Uidl page;
    private String lastLocation = "";

    public PortalBrowser(HttpClient http, URI base, boolean acceptGzip) {
        this.http = http;
        this.base = base;
        this.acceptGzip = acceptGzip;
    }

    /** An HTTP client fit for many browsers: no redirects followed, no cookies of its own. */
    public static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The sign-in page, then its form with the page's token. Fails unless the portal signs the person in. */
    public Exchange signIn(String email, String password) {
        Exchange form = get("/login");
        Matcher token = CSRF.matcher(form.body());
        if (form.status() != 200 || !token.find()) {
            throw new PortalError("sign-in page: HTTP " + form.status() + " without a form token");
        }
        String body = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        Exchange posted = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = posted.status() == 302 ? lastLocation : "";
        if (location.contains("login") || location.contains("error")) {
            throw new PortalError("sign-in refused: HTTP " + posted.status() + " to " + location);
        }
        return new Exchange(posted.status(), form.nanos() + posted.nanos(), form.wireBytes() + posted.wireBytes(),
                form.bodyBytes() + posted.bodyBytes(), posted.gzipped(), "");
    }

    /**
     * Vaadin's bootstrap for {@code route}: a new UI, its id and the session's security key. The view
     * itself comes with the {@link #navigate} that a browser sends next.
     */
    public Exchange init(String route) {
        Exchange init = get("/?v-r=init&location=" + encode(route) + "&query=" + BROWSER_DETAILS + "&v-curdate="
                + System.currentTimeMillis());
        if (init.status() != 200) {
            throw new PortalError("init: HTTP " + init.status());
        }
        JsonNode json = parse(init.body(), "init");
        JsonNode config = json.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        securityKey = config.path("uidl").path("Vaadin-Security-Key").asString(null);
        if (uiId < 0 || securityKey == null) {
            throw new PortalError("init: no UI id or security key");
        }
        syncId = config.path("uidl").path("syncId").asInt(0);
        clientId = config.path("uidl").path("clientId").asInt(0);
        return init;
    }

    /** A click on a link to {@code route} ({@code countries/mongolia}, no leading slash; may carry a query). */
    public Exchange navigate(String route) {
        String[] pathAndQuery = route.split("\\?", 2);
        ObjectNode data = JSON.createObjectNode()
                .put("route", pathAndQuery[0])
                .put("query", pathAndQuery.length > 1 ? pathAndQuery[1] : "")
                .put("appShellTitle", "")
                .put("trigger", "link");
        data.putObject("historyState").put("idx", 0);
        return uidl(JSON.createArrayNode().add(event(1, "ui-navigate", data)));
    }

    /**
     * A value typed into the field with {@code id} on the current page and then a click on the
     * button with {@code buttonId}: what a person does to send a form of one field.
     */
    public Exchange fillAndClick(String fieldId, String value, String buttonId) {
        int field = page().nodeWithId(fieldId).orElseThrow(() -> new PortalError("no field #" + fieldId));
        int button = page().nodeWithId(buttonId).orElseThrow(() -> new PortalError("no button #" + buttonId));
        ArrayNode rpc = JSON.createArrayNode();
        rpc.addObject().put("type", "mSync").put("node", field).put("feature", 1).put("property", "value")
                .put("value", value);
        rpc.add(event(field, "change", JSON.createObjectNode()));
        ObjectNode click = JSON.createObjectNode().put("event.button", 0).put("event.detail", 1)
                .put("event.shiftKey", false).put("event.ctrlKey", false).put("event.altKey", false)
                .put("event.metaKey", false).put("event.clientX", 0).put("event.clientY", 0)
                .put("event.screenX", 0).put("event.screenY", 0);
        rpc.add(event(button, "click", click));
        return uidl(rpc);
    }

    /** A download link of the current page (a Vaadin download handler), fetched as the browser would. */
    public Exchange download(String resourcePath) {
        Exchange file = get("/" + resourcePath);
        if (file.status() != 200) {
            throw new PortalError("download: HTTP " + file.status());
        }
        return file;
    }

    /**
     * A download link fetched as a browser saves a file: the body streams through a 256 KB buffer
     * and is counted, not kept, so that a driver of many large downloads holds no file in memory.
     * The answer's body is the first bytes of the file (at most 16), for a check of its type;
     * {@code progress} counts the bytes as they come.
     *
     * <p>Read over a plain socket (HTTP/1.1, one request per connection), not through {@link
     * HttpClient}: a browser's native network stack costs next to nothing per byte, where the
     * JDK client hands each 16 KB through a queue between two threads and, measured on two cores
     * shared with the portal, halved the rate the portal could send at (docs/adr/050).
     */
    public Exchange downloadDiscarding(String resourcePath, LongAdder progress) {
        long started = System.nanoTime();
        URI target = base.resolve("/" + resourcePath);
        int port = target.getPort() == -1 ? 80 : target.getPort();
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(target.getHost(), port))) {
            StringBuilder request = new StringBuilder("GET ").append(target.getRawPath())
                    .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(target.getHost()).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (acceptGzip) {
                request.append("Accept-Encoding: gzip\r\n");
            }
            if (!cookies.isEmpty()) {
                request.append("Cookie: ");
                cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
                request.setLength(request.length() - 2);
                request.append("\r\n");
            }
            request.append("\r\n");
            ByteBuffer out = ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
            String headers = readHeaders(channel, buffer);
            int status = Integer.parseInt(headers.substring(9, 12));
            if (status != 200) {
                throw new PortalError("download: HTTP " + status);
            }
            if (headers.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
                throw new PortalError("download: chunked, where the portal states the length of a document");
            }
            boolean gzipped = headers.toLowerCase(Locale.ROOT).contains("\r\ncontent-encoding: gzip");
            byte[] head = new byte[16];
            int headCount = 0;
            long count = 0;
            while (true) {
                int n = buffer.remaining();
                if (n > 0) {
                    while (headCount < head.length && buffer.hasRemaining()) {
                        head[headCount++] = buffer.get();
                    }
                    count += n;
                    progress.add(n);
                }
                buffer.clear();
                if (channel.read(buffer) == -1) {
                    break;
                }
                buffer.flip();
            }
            return new Exchange(status, System.nanoTime() - started, count, count, gzipped,
                    new String(head, 0, headCount, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads up to the end of the answer's headers; what came after them is left in {@code buffer}, flipped. */
    private static String readHeaders(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (true) {
            if (channel.read(buffer) == -1) {
                throw new PortalError("download: the connection closed within the headers");
            }
            for (int i = 3; i < buffer.position(); i++) {
                if (buffer.get(i - 3) == '\r' && buffer.get(i - 2) == '\n' && buffer.get(i - 1) == '\r'
                        && buffer.get(i) == '\n') {
                    byte[] headers = new byte[i + 1];
                    buffer.flip();
                    buffer.get(headers);
                    return new String(headers, StandardCharsets.ISO_8859_1);
                }
            }
            if (!buffer.hasRemaining()) {
                throw new PortalError("download: headers larger than " + buffer.capacity() + " bytes");
            }
        }
    }

    /**
     * The last UIDL message again, word for word, as Vaadin's client sends it when the answer was lost
     * (a phone's connection dropped): the portal must answer with the same text, and nothing is done twice.
     */
    public Exchange resendLast() {
        if (lastMessage == null) {
            throw new PortalError("no message sent yet");
        }
        return send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(lastMessage)));
    }

    /** The last UIDL answer: the changes that drew the current page. */
    public Uidl page() {
        if (page == null) {
            throw new PortalError("no page yet");
        }
        return page;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private Exchange uidl(ArrayNode rpc) {
        if (uiId < 0) {
            throw new PortalError("no UI: call init first");
        }
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        lastMessage = message.toString();
        Exchange answer = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(lastMessage)));
        if (answer.status() != 200) {
            throw new PortalError("uidl: HTTP " + answer.status());
        }
        Uidl uidl = new Uidl(parse(answer.body(), "uidl"));
        uidl.error().ifPresent(error -> {
            throw new PortalError("uidl: " + error);
        });
        syncId = uidl.syncId();
        clientId = uidl.clientId();
        page = uidl;
        return answer;
    }

    private Exchange get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (acceptGzip) {
            builder.header("Accept-Encoding", "gzip");
        }
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private Exchange send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalError("interrupted");
        }
        long nanos = System.nanoTime() - started;
        response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
        lastLocation = response.headers().firstValue("Location").orElse("");
        byte[] wire = response.body();
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase)
                .isPresent();
        byte[] body = gzipped ? gunzip(wire) : wire;
        return new Exchange(response.statusCode(), nanos, wire.length, body.length, gzipped,
                new String(body, StandardCharsets.UTF_8));
    }

    private void keepCookie(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PortalError("a gzip body that does not unpack: " + e.getMessage());
        }
    }

    private static JsonNode parse(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new PortalError(what + ": not JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
