package org.expertportal.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-*} headers the portal believes ({@code PORTAL_TRUSTED_PROXIES}:
 * addresses and CIDR ranges, comma-separated), and how the client's address is read from them: from
 * the right of {@code X-Forwarded-For}, skipping trusted proxies, the first address that is not one
 * (a client can write anything to the left of what its proxy appended, never to the right). Every
 * hop must be an IP address written as one: a name, a port, an out-of-range number or any other
 * garbage makes the whole header worthless, and the socket peer is the address. Nothing here asks
 * a name service.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * @param configured comma-separated addresses and CIDR ranges; blank trusts nobody
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    static TrustedProxies parse(String configured) {
        List<Range> ranges = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                String trimmed = entry.strip();
                if (!trimmed.isEmpty()) {
                    ranges.add(Range.parse(trimmed));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(String address) {
        return address(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client's address for a request from {@code peer} that carried these {@code X-Forwarded-For}
     * values (in header order): the peer itself unless it is a trusted proxy and every hop is an
     * address.
     */
    String clientAddress(String peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            hops.addAll(Arrays.asList(value.split(",", -1)));
        }
        Collections.reverse(hops);
        String leftmost = peer;
        for (String hop : hops) {
            Optional<InetAddress> address = address(hop.strip());
            if (address.isEmpty()) {
                return peer;
            }
            if (!trusts(address.get())) {
                return address.get().getHostAddress();
            }
            leftmost = address.get().getHostAddress();
        }
        return leftmost;
    }

    /** An IPv4 address as four decimal numbers, or an IPv6 address without zone; nothing else. */
    static Optional<InetAddress> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (IPV4.matcher(text).matches() || text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            try {
                return Optional.of(InetAddress.ofLiteral(text));
            } catch (IllegalArgumentException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** One address ({@code 192.0.2.1}, {@code ::1}) or range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String addressPart = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress address = address(addressPart).orElseThrow(() -> refused(entry));
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String prefixPart = entry.substring(slash + 1);
                if (!prefixPart.matches("\\d{1,3}")) {
                    throw refused(entry);
                }
                prefix = Integer.parseInt(prefixPart);
                if (prefix > bits) {
                    throw refused(entry);
                }
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }

        private static IllegalArgumentException refused(String entry) {
            return new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: '" + entry
                    + "' is neither an IP address nor a CIDR range (e.g. 10.0.0.5, 172.16.0.0/12, fd00::/8)");
        }
    }
}
