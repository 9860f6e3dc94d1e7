package shop.dozo.review.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the cart and catalog contract servers and points the service's REST clients at them. */
public class ContractServersResource implements QuarkusTestResourceLifecycleManager {
    private CartContractServer cart;
    private CatalogContractServer catalog;

    @Override
    public Map<String, String> start() {
        cart = new CartContractServer();
        catalog = new CatalogContractServer();
        cart.start();
        catalog.start();
        return Map.of(
                "quarkus.rest-client.cart.url", cart.url(),
                "quarkus.rest-client.catalog.url", catalog.url(),
                // Short enough that the "slow neighbour" tests do not wait long; SLOW mode answers after 3 s.
                "quarkus.rest-client.cart.read-timeout", "800",
                "quarkus.rest-client.catalog.read-timeout", "800");
    }

    @Override
    public void stop() {
        if (cart != null) {
            cart.stop();
        }
        if (catalog != null) {
            catalog.stop();
        }
    }
}
