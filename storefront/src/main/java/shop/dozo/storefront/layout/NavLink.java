package shop.dozo.storefront.layout;

/** A link in the header menu or footer, already in the page's language. */
public record NavLink(String label, String href) {
}
