package shop.dozo.web.upstream;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import shop.dozo.api.DozoHeaders;

/**
 * The headers the storefront relays from the shopper's request, for the clients of services that throttle per
 * shopper (registered with {@code @RegisterClientHeaders}): X-Forwarded-For as any proxy relays it, the
 * X-Forwarded-For we got plus the peer we saw. The service's ClientAddress picks the shopper from it (the
 * right-most hop that is not a trusted proxy), so nothing here trusts the left-most entry. Outside a shopper's
 * request (nothing to relay) no header is added.
 */
@ApplicationScoped
public class RelayedAddressHeaders implements ClientHeadersFactory {

    @Inject
    CurrentVertxRequest current;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String shopper = shopperAddress();
        if (shopper != null) {
            headers.putSingle(DozoHeaders.FORWARDED_FOR, shopper);
        }
        return headers;
    }

    private String shopperAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext routing = current.getCurrent();
        return routing == null ? null : forwardedFor(routing.request());
    }

    /** The relayed chain: every X-Forwarded-For header we got, in order, then the socket's peer; null if none. */
    public static String forwardedFor(HttpServerRequest request) {
        List<String> hops = new ArrayList<>(request.headers().getAll(DozoHeaders.FORWARDED_FOR));
        // connection().remoteAddress() is the socket's peer, even when Quarkus' forwarding rewrote remoteAddress().
        SocketAddress peer =
                request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        if (peer != null) {
            hops.add(peer.hostAddress());
        }
        return hops.isEmpty() ? null : String.join(", ", hops);
    }
}
