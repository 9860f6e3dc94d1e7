package shop.dozo.storefront.category;

/** One choice in the "sort by" list, labelled in the page's language. */
public record SortOption(String value, String label, boolean selected) {
}
