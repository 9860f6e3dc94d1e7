package shop.dozo.backoffice;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the back office under test at {@link BackofficeStack}. Every @QuarkusTest here uses it: one app start. */
public class BackofficeStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return BackofficeStack.clientConfig();
    }

    @Override
    public void stop() {
        BackofficeStack.stop();
    }
}
