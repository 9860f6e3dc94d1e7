package shop.dozo.storefront.product;

import java.util.List;
import shop.dozo.storefront.catalog.Category;
import shop.dozo.storefront.catalog.Product;

/** Everything a product page shows besides its forms; {@code coolFee} is null when cart-service did not say. */
public record ProductView(Product product, List<Category> breadcrumbs, ReviewsView reviews, Integer coolFee) {
}
