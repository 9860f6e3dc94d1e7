package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a catalogue listing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductPage(List<Product> items, long total, int page, int size) {
}
