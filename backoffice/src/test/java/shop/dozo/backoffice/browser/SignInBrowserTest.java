package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/** Signing in and out in a real Chromium, and what a staff member (not the owner) may reach. */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class SignInBrowserTest extends BackofficeBrowserTest {

    @Test
    void aWrongPasswordKeepsTheEmailAndSaysSoThenTheRightOneOpensTheDashboard() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/orders");
        assertTrue(browser.path().startsWith("/signin?next=%2Forders"), browser.path());
        assertAccessible(browser, "sign-in");

        browser.type("#email", StaffPeople.ownerEmail());
        browser.type("#password", "not the password");
        browser.click("form button[type='submit']");
        assertEquals("メールアドレスかパスワードが違います。", browser.text("#signin-error"));
        assertEquals(StaffPeople.ownerEmail(), browser.find("#email").getDomProperty("value"));
        assertTrue(browser.driver().getPageSource().indexOf("not the password") < 0, "the password is never echoed");

        browser.type("#password", StaffPeople.ownerPassword());
        browser.click("form button[type='submit']");
        assertEquals("/orders", browser.path(), "back where the person wanted to go");
        assertTrue(browser.driver().manage().getCookieNamed("dozo_staff").isHttpOnly());
        assertFalse(browser.driver().getPageSource().contains("eyJ"), "no token in the page");

        browser.go("/");
        assertEquals("ダッシュボード", browser.text("h1"));
        assertTrue(browser.text("#today-orders").matches("[0-9,]+"), browser.text("#today-orders"));
        assertTrue(browser.find("svg.chart").isDisplayed());
        assertAccessible(browser, "dashboard");

        browser.click(".who form button");
        assertTrue(browser.path().startsWith("/signin"), browser.path());
        browser.go("/");
        assertTrue(browser.path().startsWith("/signin"), "signed out: " + browser.path());
    }

    @Test
    void aStaffMemberSeesNoOwnerMenuAndCannotOpenTheOwnerScreensByUrl() {
        StaffPeople.ensureStaff();
        BackofficeBrowser.signIn(browser, StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
        assertTrue(browser.driver().findElements(By.cssSelector("nav.main-nav a[href='/accounts']")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("nav.main-nav a[href='/settings']")).isEmpty());
        for (String path : new String[]{"/accounts", "/settings", "/accounts/new"}) {
            browser.go(path);
            assertEquals("オーナー専用の画面です", browser.text("h1"), path);
        }
        assertAccessible(browser, "owner only");
    }
}
