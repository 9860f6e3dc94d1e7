package shop.dozo.cart;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;

/** The real catalog-service, on its own real MariaDB, with the demo shop in it. */
public class RealCatalogResource implements QuarkusTestResourceLifecycleManager {
    static LocalStack stack;

    @Override
    public Map<String, String> start() {
        try {
            stack = new LocalStack(LocalStack.Settings.forTest(Files.createTempDirectory("dozo-cart-test"),
                    List.of("catalog-service")));
            // The real catalog-service must accept the internal key that cart-service under test sends.
            stack.secrets().put("internal.key", shop.dozo.testsupport.JwtTestResource.INTERNAL_KEY);
            stack.start();
            new DemoShopSeeder(stack, DemoShopSeeder.demoFile()).seed();
        } catch (Exception e) {
            if (stack != null) {
                stack.stop();
            }
            throw new IllegalStateException("Cannot start catalog-service for the cart tests: " + e.getMessage(), e);
        }
        return Map.of("quarkus.rest-client.catalog.url", stack.url("catalog-service"));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.stopAndDelete();
        }
    }
}
