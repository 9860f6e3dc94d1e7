package shop.dozo.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class: one Chromium for all its tests (starting one takes seconds), opened at the app under
 * test on first use and closed after the class, with a screenshot of what it showed when a test fails.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {
    protected static Browser browser;

    /** The address of the app under test, e.g. a Quarkus test's {@code @TestHTTPResource("/")}. */
    protected abstract String appUrl();

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(appUrl());
            ScreenshotOnFailure.watch(() -> browser);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
