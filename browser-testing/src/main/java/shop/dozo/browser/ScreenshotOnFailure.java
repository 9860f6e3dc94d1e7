package shop.dozo.browser;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** When a browser test fails, keeps what the browser showed in target/screenshots. */
public class ScreenshotOnFailure implements TestWatcher {
    private static Supplier<Browser> current = () -> null;

    public static void watch(Supplier<Browser> browser) {
        current = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = current.get();
        if (browser != null) {
            String name =
                    context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            System.err
                    .println("Browser test failed at " + browser.path() + "; screenshot: " + browser.screenshot(name));
        }
    }
}
