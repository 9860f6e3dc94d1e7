package shop.dozo.storefront;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the storefront under test at {@link ShopStack}. Every @QuarkusTest here uses it, so the app starts once. */
public class ShopStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return ShopStack.clientConfig();
    }

    @Override
    public void stop() {
        ShopStack.stop();
    }
}
