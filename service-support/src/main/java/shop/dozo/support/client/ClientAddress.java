package shop.dozo.support.client;

import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.api.DozoHeaders;

/**
 * The client's address, for throttles: the direct peer, unless that peer is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not a trusted proxy. Each proxy appends the address it saw, so everything left of
 * the last untrusted hop was written by the client and may be anything.
 * <p>
 * Hand-written because Quarkus' own proxy support ({@code quarkus.http.proxy.*}, which still gives us the scheme)
 * takes the left-most X-Forwarded-For entry, the one the client chooses: rotating it dodged every limit.
 */
@ApplicationScoped
public class ClientAddress {
    public static final String HEADER = DozoHeaders.FORWARDED_FOR;

    private final List<CidrAddress> trusted;

    @Inject
    public ClientAddress(ClientAddressConfig config) {
        this(config.trustedProxies());
    }

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .filter(entry -> !entry.equalsIgnoreCase("none")).map(ClientAddress::cidr).toList();
    }

    /** The address to throttle this request by. */
    public String of(HttpServerRequest request) {
        // connection().remoteAddress() is the socket's peer, even when Quarkus' forwarding rewrote remoteAddress().
        SocketAddress peer =
                request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        return resolve(peer == null ? null : peer.hostAddress(), request.headers().getAll(HEADER));
    }

    /** @param peer the direct peer's address; @param forwardedFor every X-Forwarded-For header, in order */
    public String resolve(String peer, List<String> forwardedFor) {
        if (peer == null || !isTrusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                hops.add(entry.trim());
            }
        }
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hostOf(hops.get(i));
            if (hop == null) {
                return nearest; // garbage where a trusted proxy should have written: count it as that proxy
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest; // every hop is one of ours (a call from inside the cluster)
    }

    private boolean isTrusted(String address) {
        InetAddress parsed = Inet.parseInetAddress(address);
        return parsed != null && trusted.stream().anyMatch(range -> range.matches(parsed));
    }

    /** "203.0.113.7", "203.0.113.7:4711", "[2001:db8::1]:4711" or "2001:db8::1" → the address; else null. */
    private static String hostOf(String entry) {
        String host = entry;
        if (host.startsWith("[") && host.indexOf(']') > 0) {
            host = host.substring(1, host.indexOf(']'));
        } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':'));
        }
        InetAddress parsed = Inet.parseInetAddress(host);
        return parsed == null ? null : parsed.getHostAddress().replaceFirst("%.*$", ""); // no "%0" scope suffix
    }

    private static CidrAddress cidr(String entry) {
        CidrAddress range = entry.contains("/") ? Inet.parseCidrAddress(entry) : null;
        if (range == null && !entry.contains("/")) {
            InetAddress address = Inet.parseInetAddress(entry);
            if (address != null) {
                range = CidrAddress.create(address, address.getAddress().length * 8);
            }
        }
        if (range == null) {
            throw new IllegalArgumentException(
                    "dozo.client-address.trusted-proxies: not an address or CIDR range: " + entry);
        }
        return range;
    }
}
