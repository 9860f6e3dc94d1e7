package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A product as catalog-service publishes it; prices are tax-included integer yen. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(String sku, String slug, String category, String name, String nameEn, String description,
        int priceYen, int taxRate, boolean cool, boolean recommended, List<String> tags, List<String> imageIds) {
}
