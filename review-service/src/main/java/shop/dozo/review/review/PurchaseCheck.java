package shop.dozo.review.review;

/** What cart-service said about the order number and e-mail a shopper gave. */
public enum PurchaseCheck {
    /** No order number given. */
    NONE,
    VERIFIED,
    /** Wrong pair, unknown order, or the order does not hold this SKU: cart-service does not say which. */
    NOT_VERIFIED,
    /** cart-service did not answer in time; the review was kept anyway. */
    UNAVAILABLE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
