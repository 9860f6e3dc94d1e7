package shop.dozo.catalog.product;

import java.util.Locale;
import java.util.Optional;

public enum ProductStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** "draft", "published" or "archived" as the API writes them; empty for null. */
    public static Optional<ProductStatus> of(String value) {
        return value == null ? Optional.empty() : Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
    }
}
