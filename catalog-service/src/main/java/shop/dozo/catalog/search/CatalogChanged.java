package shop.dozo.catalog.search;

/** Fired inside a transaction that changed a product or category; the search index reacts once it commits. */
public record CatalogChanged(String what) {
}
