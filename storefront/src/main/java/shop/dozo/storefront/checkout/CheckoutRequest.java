package shop.dozo.storefront.checkout;

/** What cart-service's checkout takes. */
public record CheckoutRequest(String fullName, String email, String postalCode, String prefecture, String city,
        String street, String phone, String paymentMethod, Integer usePoints) {
}
