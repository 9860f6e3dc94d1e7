package shop.dozo.catalog;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import shop.dozo.support.IdShapes;
import shop.dozo.support.Sku;

/** The shapes of the catalogue's ids; the request records validate with the same constants. */
public class CatalogIds {
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "lower-case letters, digits and single hyphens";
    public static final int CATEGORY_SLUG_MAX = 80;
    public static final int PRODUCT_SLUG_MAX = 120;

    @Produces
    @Singleton
    IdShapes shapes() {
        return new IdShapes()
                .id("sku", Sku.PATTERN, Sku.MAX_LENGTH, Sku.MESSAGE)
                .id("skuOrSlug", Sku.PATTERN + "|" + SLUG, PRODUCT_SLUG_MAX, "a SKU or a product slug")
                .id("slug", SLUG, CATEGORY_SLUG_MAX, "a category slug: " + SLUG_MESSAGE)
                .id("category", SLUG, CATEGORY_SLUG_MAX, "a category slug: " + SLUG_MESSAGE);
    }
}
