package shop.dozo.backoffice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ServiceApp;

/**
 * The real shop behind the back office under test: the four services and the storefront from their built jars, on
 * a real MariaDB and S3, with the demo shop seeded (pictures included). Started once per test JVM and removed with
 * its data when the tests end.
 */
public final class BackofficeStack {
    static final List<String> MODULES =
            List.of("catalog-service", "content-service", "cart-service", "review-service", "storefront");

    private static LocalStack stack;

    private BackofficeStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            stack = start();
        }
        return stack;
    }

    public static synchronized void stop() {
        if (stack != null) {
            stack.stopAndDelete();
            stack = null;
        }
    }

    /** The back office's configuration for this stack. */
    public static Map<String, String> clientConfig() {
        LocalStack shop = get();
        return Map.of("quarkus.rest-client.catalog.url", shop.url("catalog-service"),
                "quarkus.rest-client.cart.url", shop.url("cart-service"),
                "quarkus.rest-client.content.url", shop.url("content-service"),
                "quarkus.rest-client.review.url", shop.url("review-service"), "dozo.backoffice.storefront-url",
                shop.url("storefront"));
    }

    private static LocalStack start() {
        for (String module : MODULES) {
            if (!ServiceApp.isBuilt(module)) {
                throw new IllegalStateException(module + " is not built: run ./mvnw -B install -DskipTests first");
            }
        }
        try {
            return startOnce();
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("in use")) {
                throw e;
            }
            // Ports are checked free and bound seconds later; another test may have taken one meanwhile.
            return startOnce();
        }
    }

    private static LocalStack startOnce() {
        LocalStack started = null;
        try {
            Path home = Files.createTempDirectory("dozo-backoffice-test");
            started = new LocalStack(LocalStack.Settings.forTest(home, MODULES));
            started.start();
            new DemoShopSeeder(started, DemoShopSeeder.demoFile()).seed();
            return started;
        } catch (Exception e) {
            if (started != null) {
                started.stopAndDelete();
            }
            throw new IllegalStateException("Cannot start the shop for the back office tests: " + e.getMessage(), e);
        }
    }
}
