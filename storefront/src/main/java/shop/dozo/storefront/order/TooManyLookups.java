package shop.dozo.storefront.order;

/** cart-service refused a lookup for now (429); {@code retryAfter} is its Retry-After, passed on to the shopper. */
public class TooManyLookups extends RuntimeException {
    private final String retryAfter;

    public TooManyLookups(String retryAfter) {
        super("429 order lookup throttled", null, false, false);
        this.retryAfter = retryAfter != null && retryAfter.matches("[0-9]{1,6}") ? retryAfter : "600";
    }

    public String retryAfter() {
        return retryAfter;
    }
}
