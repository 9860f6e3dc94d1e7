package shop.dozo.storefront.checkout;

/**
 * What cart-service's checkout and quote take. {@code newsletterWording} is the exact text the shopper saw beside
 * the opt-in box (特定電子メール法: the consent is recorded with its wording); {@code lang} the language of the mails.
 */
public record CheckoutRequest(String fullName, String fullNameKana, String email, String postalCode,
        String prefecture, String city, String street, String phone, String deliveryDate, String deliverySlot,
        String paymentMethod, Integer usePoints, Boolean privacyConsent, Boolean newsletter,
        String newsletterWording, String lang) {
}
