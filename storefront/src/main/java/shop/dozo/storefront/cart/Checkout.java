package shop.dozo.storefront.cart;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.storefront.checkout.CheckoutRequest;
import shop.dozo.storefront.checkout.Quote;
import shop.dozo.storefront.order.Order;

/**
 * Quotes and places the order at cart-service. Not retried automatically: the shopper sees "try again", and their
 * next press carries the same Idempotency-Key, so cart-service answers with the first order if it was made. Here,
 * beside {@link Carts}, because it is a call of cart-service's cart API. {@code session} is the customer session
 * token, or null for a guest.
 */
@ApplicationScoped
public class Checkout {

    @RestClient
    CartClient client;

    @Timeout(10_000)
    public Order placeOrder(String cartToken, String idempotencyKey, String session, CheckoutRequest request) {
        return client.checkout(cartToken, idempotencyKey, session, request);
    }

    @Timeout(5_000)
    public Quote quote(String cartToken, String session, CheckoutRequest request) {
        return client.quote(cartToken, session, request);
    }
}
