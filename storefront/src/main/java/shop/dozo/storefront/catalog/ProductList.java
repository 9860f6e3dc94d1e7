package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a catalogue listing; {@code total} counts every match. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductList(List<Product> items, long total, int page, int size) {
}
