package shop.dozo.storefront.product;

/** What a shopper needs to know about stock: can I get it, and should I hurry. */
public enum StockState {
    IN_STOCK, FEW_LEFT, SOLD_OUT;

    /** @param available units for sale now; null when stock is not limited */
    public static StockState of(Integer available, int fewLeftFrom) {
        if (available == null) {
            return IN_STOCK;
        }
        if (available <= 0) {
            return SOLD_OUT;
        }
        return available <= fewLeftFrom ? FEW_LEFT : IN_STOCK;
    }

    public boolean soldOut() {
        return this == SOLD_OUT;
    }

    public boolean fewLeft() {
        return this == FEW_LEFT;
    }

    /** For the badge's CSS class. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
