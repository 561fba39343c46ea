package org.expertportal.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One UIDL answer: the state-tree changes that draw a page, and the counters the next message
 * must carry. Reads only what the driver needs: the node of an element by its {@code id}
 * attribute, link targets and download addresses, and the error a browser would show.
 */
public final class Uidl {

    /** Vaadin's node features, as numbered on the wire: element attributes. */
    private static final int ATTRIBUTES = 3;
    private static final Pattern DOWNLOAD = Pattern.compile("VAADIN/dynamic/resource/\\d+/[0-9a-f-]+/[^\"]*");

    private final JsonNode json;

    Uidl(JsonNode json) {
        this.json = json;
    }

    int syncId() {
        return json.path("syncId").asInt(-1);
    }

    int clientId() {
        return json.path("clientId").asInt(-1);
    }

    /** What a browser would show instead of the page: an error, an expired session, a reload. */
    Optional<String> error() {
        JsonNode meta = json.path("meta");
        if (meta.has("appError")) {
            return Optional.of("application error: " + meta.path("appError").path("caption").asString(""));
        }
        if (meta.has("sessionExpired")) {
            return Optional.of("session expired");
        }
        if (meta.has("redirect")) {
            return Optional.of("redirect to " + meta.path("redirect").path("url").asString(""));
        }
        if (syncId() < 0) {
            return Optional.of("out of sync");
        }
        return Optional.empty();
    }

    /** The node of the element whose {@code id} attribute is {@code id}, if this answer drew it. */
    public Optional<Integer> nodeWithId(String id) {
        for (JsonNode change : json.path("changes")) {
            if (change.path("feat").asInt(-1) == ATTRIBUTES && "id".equals(change.path("key").asString(""))
                    && id.equals(change.path("value").asString(""))) {
                return Optional.of(change.path("node").asInt());
            }
        }
        return Optional.empty();
    }

    /** Targets of the links this answer drew ({@code href} attributes) that start with {@code prefix}. */
    public List<String> links(String prefix) {
        Set<String> links = new LinkedHashSet<>();
        for (JsonNode change : json.path("changes")) {
            if (change.path("feat").asInt(-1) == ATTRIBUTES && "href".equals(change.path("key").asString(""))) {
                String href = change.path("value").asString("");
                if (href.startsWith(prefix)) {
                    links.add(href);
                }
            }
        }
        return new ArrayList<>(links);
    }

    /** Addresses of the download handlers on the page (documents; not upload targets). */
    public List<String> downloads() {
        List<String> found = new ArrayList<>();
        Matcher matcher = DOWNLOAD.matcher(json.toString());
        while (matcher.find()) {
            if (!matcher.group().endsWith("/upload")) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
