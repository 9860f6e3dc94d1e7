package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A product as catalog-service publishes it; prices are tax-included integer yen.
 *
 * @param available units that can be sold now; null when the product's stock is not limited
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(String sku, String slug, String category, String name, String nameEn, String description,
        String descriptionEn, int priceYen, int taxRate, boolean cool, boolean recommended, List<String> tags,
        List<String> imageIds, Integer available) {

    public List<String> images() {
        return imageIds == null ? List.of() : imageIds;
    }

    /** The first image, or null: listings show one picture. */
    public String firstImage() {
        return images().isEmpty() ? null : images().get(0);
    }
}
