package shop.dozo.api;

/** Header names the services and their clients share, beside the standard ones in {@code HttpHeaders}. */
public final class DozoHeaders {
    /** Makes a checkout (or any write that names it) safe to retry: the same key gives the same answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The shopper's address as the storefront saw it, for the services' throttles. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    public static final String RETRY_AFTER = "Retry-After";
    /**
     * A signed-in customer's session token, sent by the storefront to cart-service (which owns customer identity).
     * Never a staff token: staff JWTs go in Authorization and are never accepted here.
     */
    public static final String CUSTOMER_SESSION = "X-Dozo-Customer-Session";

    private DozoHeaders() {
    }
}
