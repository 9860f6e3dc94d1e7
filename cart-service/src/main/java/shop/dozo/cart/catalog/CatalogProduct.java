package shop.dozo.cart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the cart needs of a product, fresh from catalog-service. Prices are tax-included integer yen. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProduct(String sku, String name, String nameEn, int priceYen, int taxRate, boolean cool,
        Integer available) {
}
