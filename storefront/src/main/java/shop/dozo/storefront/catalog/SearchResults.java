package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResults(String query, List<Product> items) {
}
