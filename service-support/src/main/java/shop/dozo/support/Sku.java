package shop.dozo.support;

/** The SKU format catalog-service accepts; anything else cannot be a product, in any service. */
public final class Sku {
    public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final int MAX_LENGTH = 40;
    public static final String MESSAGE = "a SKU: upper-case letters, digits and single hyphens, at most 40";

    private Sku() {
    }
}
