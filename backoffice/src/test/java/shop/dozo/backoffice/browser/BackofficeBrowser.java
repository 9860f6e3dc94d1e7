package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import shop.dozo.browser.Axe;
import shop.dozo.browser.Browser;

/** What every back office browser test does: sign in as someone, and check a screen with axe-core. */
public final class BackofficeBrowser {
    private BackofficeBrowser() {
    }

    public static void signIn(Browser browser, String email, String password) {
        browser.go("/signin");
        browser.driver().manage().deleteAllCookies();
        browser.go("/signin");
        browser.type("#email", email);
        browser.type("#password", password);
        browser.click("form button[type='submit']");
        assertEquals("/", browser.path(), "signed in, on the dashboard: " + browser.page());
    }

    public static void assertAccessible(Browser browser, String screen) {
        List<String> violations = Axe.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "axe-core on " + screen + ": " + violations);
    }
}
