package shop.dozo.cart.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link CatalogContractServer} on 127.0.0.1 and points cart-service's catalog client at it. */
public class CatalogContractResource implements QuarkusTestResourceLifecycleManager {
    private CatalogContractServer server;

    @Override
    public Map<String, String> start() {
        server = new CatalogContractServer();
        server.start();
        return Map.of("quarkus.rest-client.catalog.url", server.url(),
                // SLOW answers after 3 s; the client gives up well before.
                "quarkus.rest-client.catalog.read-timeout", "1500");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
