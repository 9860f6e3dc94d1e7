package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;
import shop.dozo.testsupport.AuthenticatorApp;

/**
 * Two-step sign-in as a person sets it up: the QR code and key on "my account", a first code to turn it on,
 * then every sign-in asks for the app's code; a wrong one keeps the person on the code step. The owner is
 * asked on the dashboard until their account has it.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class TwoStepBrowserTest extends BackofficeBrowserTest {
    private static final String EMAIL = "two.step@dozo.test";
    private static final String PASSWORD = "two-step-password-for-tests";

    @Test
    void aStaffMemberTurnsItOnAndThenSignsInWithTheAppsCode() {
        LocalStack shop = BackofficeStack.get();
        ShopApi.Reply added = new ShopApi(shop.ownerToken()).post(shop.url("content-service") + "/api/staff/accounts",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"staff\"]}");
        assertTrue(added.status() == 201, added.body());
        BackofficeBrowser.signIn(browser, EMAIL, PASSWORD);
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("two-step-nudge")).isEmpty(),
                "only the owner is nudged");

        browser.go("/me/two-step");
        assertAccessible(browser, "two-step sign-in, off");
        browser.click("#start");
        assertTrue(browser.find("#qr svg").isDisplayed(), "a QR code to scan");
        String secret = browser.text("#secret");
        assertAccessible(browser, "two-step sign-in, setting up");
        long step = AuthenticatorApp.currentStep();
        browser.type("#code", AuthenticatorApp.code(secret, step + 5));
        browser.click("#confirm");
        assertTrue(browser.text("#code-error").contains("コード"), browser.page());
        assertEquals(secret, browser.text("#secret"), "the same key is shown again after a wrong code");
        browser.type("#code", AuthenticatorApp.code(secret, step));
        browser.click("#confirm");
        assertEquals("/me/two-step?notice=on", browser.path());
        assertTrue(browser.text("#twostep-state").contains("有効"), browser.page());

        browser.driver().manage().deleteAllCookies();
        browser.go("/signin");
        browser.type("#email", EMAIL);
        browser.type("#password", PASSWORD);
        browser.click("form button[type='submit']");
        assertTrue(browser.find("#code").isDisplayed(), "the code step: " + browser.page());
        assertAccessible(browser, "sign-in code step");
        browser.type("#code", AuthenticatorApp.code(secret, step)); // used to turn it on: refused
        browser.click("form button[type='submit']");
        assertTrue(browser.find("#code").isDisplayed(), "still on the code step: " + browser.page());
        browser.type("#code", AuthenticatorApp.code(secret, step + 1));
        browser.click("form button[type='submit']");
        assertEquals("/", browser.path(), "signed in with the code: " + browser.page());

        // The phone is lost: the owner resets it, and the password alone signs in again.
        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        browser.go("/accounts");
        browser.click("tr[data-email='" + EMAIL + "'] .reset-two-step");
        assertTrue(browser.text("#notice").contains("リセット"), browser.page());
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                "tr[data-email='" + EMAIL + "'] .reset-two-step")).isEmpty(), "nothing left to reset");
        BackofficeBrowser.signIn(browser, EMAIL, PASSWORD);
    }

    @Test
    void theOwnerIsAskedToTurnItOn() {
        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        assertTrue(browser.find("#two-step-nudge a").getDomAttribute("href").equals("/me/two-step"),
                browser.page());
    }
}
