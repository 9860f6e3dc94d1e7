package shop.dozo.storefront.review;

/** What review-service takes; {@code website} is the honeypot that only robots fill. */
public record ReviewPost(String sku, Integer rating, String title, String body, String nickname, String orderNumber,
        String email, String website) {
}
