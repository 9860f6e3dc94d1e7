package shop.dozo.review.review;

/** The SKU format catalog-service accepts; anything else cannot be a product. */
public final class Skus {
    public static final String PATTERN = shop.dozo.support.Sku.PATTERN;
    public static final String MESSAGE = "a SKU: upper-case letters, digits and single hyphens, at most 40";
    public static final int MAX_LENGTH = 40;

    private Skus() {
    }

    public static boolean valid(String sku) {
        return sku != null && sku.length() <= MAX_LENGTH && sku.matches(PATTERN);
    }
}
