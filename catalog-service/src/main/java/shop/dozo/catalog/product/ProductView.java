package shop.dozo.catalog.product;

import java.time.Instant;
import java.util.List;

/** What the public API shows of a product. */
public record ProductView(String sku, String slug, String category, String name, String nameEn, String description,
        String descriptionEn, int priceYen, int taxRate, boolean cool, boolean recommended, String status,
        List<String> tags, List<String> imageIds, Integer available, long version, Instant createdAt,
        Instant updatedAt) {

    /** @param available units that can be sold now; null when the product has no stock record */
    public static ProductView of(Product product, Integer available) {
        return new ProductView(product.sku, product.slug, product.category.slug, product.nameJa, product.nameEn,
                product.descriptionJa, product.descriptionEn, product.priceYen, product.taxRate, product.cool,
                product.recommended, product.status.name().toLowerCase(), List.copyOf(product.tags),
                List.copyOf(product.imageIds), available, product.version, product.createdAt, product.updatedAt);
    }
}
