package shop.dozo.storefront;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.MailServer;
import shop.dozo.backing.ServiceApp;
import shop.dozo.backing.ShopApi;
import shop.dozo.testsupport.Mailbox;

/**
 * The real shop behind the storefront under test: catalog-, cart-, review- and content-service from their built
 * jars, on a real MariaDB and S3 and a real SMTP server (GreenMail) catching cart-service's mails, with the demo
 * shop seeded. Started once per test JVM (every storefront test
 * shares it) and removed with its data when the tests end.
 */
public final class ShopStack {
    static final List<String> SERVICES =
            List.of("catalog-service", "content-service", "cart-service", "review-service");

    private static LocalStack stack;

    private ShopStack() {
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

    /** The storefront's REST client addresses for this stack. */
    public static Map<String, String> clientConfig() {
        LocalStack shop = get();
        return Map.of("quarkus.rest-client.catalog.url", shop.url("catalog-service"),
                "quarkus.rest-client.cart.url", shop.url("cart-service"),
                "quarkus.rest-client.content.url", shop.url("content-service"),
                "quarkus.rest-client.review.url", shop.url("review-service"));
    }

    /**
     * The mails cart-service sent, as GreenMail (the stack's mail catcher, started before cart-service) caught
     * them. Needs GreenMail in the tools folder: {@code ./mvnw -pl backing install} copies it there.
     */
    public static Mailbox mailbox() {
        if (!MailServer.installed()) {
            throw new IllegalStateException("GreenMail is not in the tools folder: run ./mvnw -B -pl backing install");
        }
        return new Mailbox(get().mail().apiUrl());
    }

    /** Stops one service for a resilience test; the others keep running. */
    public static void stopService(String module) {
        get().processes().get(module).stop(java.time.Duration.ofSeconds(20));
    }

    /**
     * Ports are checked free and then bound seconds later; on a shared machine another test can take one in
     * between. Such a start is tried once more on new ports.
     */
    private static LocalStack start() {
        for (String module : SERVICES) {
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
            System.err.println("A port of the test shop was taken meanwhile; starting again on other ports");
            return startOnce();
        }
    }

    /**
     * A service's first public reads are slow (class loading, Hibernate's first queries): read once here, so the
     * storefront's production timeouts hold in the tests too.
     */
    private static void warmUp(LocalStack shop) {
        ShopApi api = new ShopApi(null);
        for (String path : List.of("catalog-service:/api/categories",
                "catalog-service:/api/products/recommended?limit=8",
                "catalog-service:/api/products?category=cloth-pads&sort=recommended&page=0&size=6",
                "catalog-service:/api/products/CP-LINER-01", "catalog-service:/api/categories/cloth-pads",
                "catalog-service:/api/search?q=%E5%B8%83&limit=48",
                "review-service:/api/reviews/summary?sku=CP-LINER-01",
                "review-service:/api/reviews?sku=CP-LINER-01&sort=newest&page=0&size=10",
                "content-service:/api/settings",
                "content-service:/api/news?page=0&size=3")) {
            String[] target = path.split(":", 2);
            for (int i = 0; i < 3; i++) {
                api.get(shop.url(target[0]) + target[1]);
            }
        }
    }

    private static LocalStack startOnce() {
        LocalStack started = null;
        try {
            Path home = Files.createTempDirectory("dozo-storefront-test");
            started = new LocalStack(LocalStack.Settings.forTest(home, SERVICES));
            started.start();
            new DemoShopSeeder(started, DemoShopSeeder.demoFile()).seed();
            warmUp(started);
            return started;
        } catch (Exception e) {
            if (started != null) {
                started.stopAndDelete();
            }
            throw new IllegalStateException("Cannot start the shop for the storefront tests: " + e.getMessage(), e);
        }
    }
}
