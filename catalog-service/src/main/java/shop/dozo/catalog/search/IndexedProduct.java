package shop.dozo.catalog.search;

import java.util.List;

/** The searchable text of one published product. */
public record IndexedProduct(String sku, String name, String nameEn, List<String> tags, String category,
        String description) {
}
