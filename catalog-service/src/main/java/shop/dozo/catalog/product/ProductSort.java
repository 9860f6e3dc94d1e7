package shop.dozo.catalog.product;

import java.util.Optional;

/** The orders a shopper can choose; each ends with the id so that paging is stable. */
public enum ProductSort {
    RECOMMENDED("recommended", "p.recommended desc, c.sortOrder, p.id"),
    PRICE_ASC("price_asc", "p.priceYen, p.id"),
    PRICE_DESC("price_desc", "p.priceYen desc, p.id"),
    NEWEST("newest", "p.createdAt desc, p.id desc"),
    NAME("name", "p.nameJa, p.id");

    public final String param;
    final String orderBy;

    ProductSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    public static Optional<ProductSort> of(String param) {
        for (ProductSort sort : values()) {
            if (sort.param.equals(param)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
