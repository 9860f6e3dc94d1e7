package shop.dozo.storefront.cart;

public record QuantityRequest(int quantity) {
}
