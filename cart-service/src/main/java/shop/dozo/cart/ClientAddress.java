package shop.dozo.cart;

import io.vertx.core.http.HttpServerRequest;

/**
 * The shopper's address, for throttles. Quarkus has already replaced the peer with X-Forwarded-For when the
 * peer is a trusted proxy (quarkus.http.proxy.* in application.properties; the storefront forwards the
 * shopper's address that way), as content-service and review-service read it. The one place to re-point when
 * service-support's shared resolver arrives.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
