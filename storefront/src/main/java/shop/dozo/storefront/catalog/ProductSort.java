package shop.dozo.storefront.catalog;

import java.util.Optional;

/** The orders a shopper can pick on a category page; {@code param} is catalog-service's name for it. */
public enum ProductSort {
    RECOMMENDED("recommended"), PRICE_ASC("price_asc"), PRICE_DESC("price_desc"), NEWEST("newest"), NAME("name");

    public final String param;

    ProductSort(String param) {
        this.param = param;
    }

    /** An unknown value (a hand-edited address) falls back to the default instead of failing the page. */
    public static ProductSort parse(String param) {
        return find(param).orElse(RECOMMENDED);
    }

    static Optional<ProductSort> find(String param) {
        for (ProductSort sort : values()) {
            if (sort.param.equals(param)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
