package shop.dozo.storefront;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;

/** Runs the real catalog-service on a real MariaDB with the demo shop seeded, for the storefront under test. */
public class DemoCatalogResource implements QuarkusTestResourceLifecycleManager {
    private LocalStack stack;

    @Override
    public Map<String, String> start() {
        try {
            Path home = Files.createTempDirectory("dozo-storefront-test");
            stack = new LocalStack(LocalStack.Settings.forTest(home, List.of("catalog-service")));
            stack.start();
            new DemoShopSeeder(stack, DemoShopSeeder.demoFile()).seed();
        } catch (Exception e) {
            if (stack != null) {
                stack.stop();
            }
            throw new IllegalStateException("Cannot start catalog-service for the storefront tests: " + e.getMessage(), e);
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
