package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A category with where it sits (breadcrumbs, root first, itself last) and what is below it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryDetail(Category category, List<Category> breadcrumbs, List<Category> children) {
}
