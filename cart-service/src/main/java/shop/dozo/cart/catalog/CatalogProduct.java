package shop.dozo.cart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the cart needs of a product, fresh from catalog-service. Prices are tax-included integer yen;
 * {@code available} is what can be sold now (null: the product has no stock record, so it is not limited).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProduct(String sku, String name, String nameEn, int priceYen, int taxRate, boolean cool,
        Integer available) {

    public boolean canSell(int quantity) {
        return available == null || available >= quantity;
    }
}
