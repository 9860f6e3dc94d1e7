package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/**
 * The administration screens in a real Chromium against the real services: the category tree and the shop's
 * menu of categories, the shop settings (with a refused registration number and a stale save), a points campaign,
 * staff accounts that can and then cannot sign in, and changing one's own password.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class AdminBrowserTest extends BackofficeBrowserTest {
    /** The storefront caches the catalogue for up to 60 s. */
    private static final Duration SHOP_CACHE = Duration.ofSeconds(90);

    @BeforeEach
    void signIn() {
        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
    }

    @Test
    void categoriesAreCreatedReorderedArchivedAndRestoredAndTheShopFollows() {
        browser.go("/categories");
        assertAccessible(browser, "category tree");
        newCategory("test-gifts", "ギフト", "Gifts", "", "90");
        assertEquals("/categories?notice=created", browser.path());
        newCategory("test-gift-sets", "ギフトセット", "Gift sets", "test-gifts", "10");
        newCategory("test-gift-wrap", "ラッピング", "Wrapping", "test-gifts", "20");
        assertTrue(rowIndex("test-gift-sets") < rowIndex("test-gift-wrap"));
        assertTrue(browser.find("#category-test-gift-wrap td").getDomAttribute("class").contains("depth-1"),
                "a child is indented below its parent");
        assertAccessible(browser, "category tree with children");
        browser.screenshot("category-tree");

        browser.click("#category-test-gift-wrap button.up");
        assertEquals("並び順を変更しました。", browser.text("#notice"));
        assertTrue(rowIndex("test-gift-wrap") < rowIndex("test-gift-sets"), "moved up among its siblings");
        assertTrue(rowIndex("test-gifts") < rowIndex("test-gift-wrap"), "still below its parent");

        browser.go("/categories/test-gift-sets");
        assertAccessible(browser, "category editor");
        browser.type("#name", "ギフトセット（箱入り）");
        browser.click("#save");
        assertTrue(browser.text("#category-test-gift-sets").contains("ギフトセット（箱入り）"));

        String home = BackofficeStack.get().url("storefront") + "/";
        assertTrue(eventually(() -> shopShows(home, "test-gifts"), SHOP_CACHE), "the shop lists the new category");

        browser.click("#category-test-gifts button.archive");
        assertTrue(browser.text("#refusal").contains("サブカテゴリ"), browser.page());
        assertAccessible(browser, "refused archive");
        browser.click("#category-fresh button.archive");
        assertTrue(browser.text("#refusal").contains("公開中の商品"), browser.text("#refusal"));
        browser.click("#category-test-gift-sets button.archive");
        browser.click("#category-test-gift-wrap button.archive");
        browser.click("#category-test-gifts button.archive");
        assertEquals("アーカイブしました。ショップには表示されません。", browser.text("#notice"));
        assertTrue(browser.text("#category-test-gifts").contains("アーカイブ"), browser.text("#category-test-gifts"));
        assertTrue(eventually(() -> !shopShows(home, "test-gifts"), SHOP_CACHE), "the shop no longer lists it");

        browser.click("#category-test-gifts button.restore");
        assertEquals("元に戻しました。ショップに表示されます。", browser.text("#notice"));
        assertTrue(eventually(() -> shopShows(home, "test-gifts"), SHOP_CACHE), "the shop lists it again");
    }

    @Test
    void settingsSaveTheRegistrationNumberAndAMenuEntryAndExplainAWrongNumber() {
        browser.go("/settings");
        assertAccessible(browser, "settings");
        browser.type("#invoiceRegistrationNumber", "T1234567890123");
        List<WebElement> labels = browser.driver().findElements(By.cssSelector("input[name='navLabel']"));
        int blank = labels.size() - 1;
        browser.type("#nav" + blank + "Label", "ご利用ガイド");
        browser.type("#nav" + blank + "LabelEn", "Guide");
        browser.type("#nav" + blank + "Href", "/pages/guide");
        browser.click("#save");
        assertEquals("保存しました。", browser.text("#notice"));
        assertEquals("T1234567890123", browser.find("#invoiceRegistrationNumber").getDomProperty("value"));
        assertEquals("/pages/guide", browser.find("#nav" + blank + "Href").getDomProperty("value"));
        String shop = new ShopApi(null).get(BackofficeStack.get().url("content-service") + "/api/settings").body();
        assertTrue(shop.contains("ご利用ガイド") && shop.contains("T1234567890123"), shop);

        browser.type("#invoiceRegistrationNumber", "T123");
        browser.click("#save");
        assertEquals("「T」と13桁の数字で入力してください（例: T1234567890123）。",
                browser.text("#invoiceRegistrationNumber-error"));
        assertEquals("T123", browser.find("#invoiceRegistrationNumber").getDomProperty("value"), "kept as typed");
        assertEquals("true", browser.find("#invoiceRegistrationNumber").getDomAttribute("aria-invalid"));
        assertTrue(browser.find("#invoiceRegistrationNumber").getDomAttribute("aria-describedby")
                .contains("invoiceRegistrationNumber-error"));
        assertAccessible(browser, "refused settings");
        browser.screenshot("settings-refused");

        // Someone else saves the settings meanwhile: this save shows what changed and keeps what was typed.
        browser.go("/settings");
        String content = BackofficeStack.get().url("content-service");
        ShopApi owner = new ShopApi(BackofficeStack.get().ownerToken());
        String current = owner.get(content + "/api/staff/settings").body();
        String tagline = current.replaceAll(".*\"tagline\":\"([^\"]*)\".*", "$1");
        assertEquals(200, owner.put(content + "/api/staff/settings",
                current.replace("\"tagline\":\"" + tagline + "\"", "\"tagline\":\"別の人の言葉\"")).status());
        browser.type("#tagline", "私の言葉");
        browser.click("#save");
        assertTrue(browser.text("#conflict").contains("別の人の言葉"), browser.text("#conflict"));
        assertEquals("私の言葉", browser.find("#tagline").getDomProperty("value"));
        assertAccessible(browser, "settings conflict");
        browser.screenshot("settings-conflict");
        browser.click("#save");
        assertEquals("保存しました。", browser.text("#notice"));
        assertEquals("私の言葉", browser.find("#tagline").getDomProperty("value"));
    }

    @Test
    void aCampaignTimesTenIsCreatedThenEnded() {
        browser.go("/campaigns");
        assertAccessible(browser, "campaigns");
        browser.type("#code", "TEST-X10");
        browser.type("#name", "ポイント10倍デー");
        browser.type("#multiplier", "10");
        browser.click("#create-campaign");
        assertEquals("キャンペーンを作成しました。", browser.text("#notice"));
        String row = browser.text("#campaign-TEST-X10");
        assertTrue(row.contains("×10") && row.contains("ポイント10倍デー") && row.contains("実施中"), row);
        String active = new ShopApi(null).get(BackofficeStack.get().url("cart-service") + "/api/campaigns/active")
                .body();
        assertTrue(active.contains("TEST-X10"), active);

        browser.type("#code", "TEST-X10");
        browser.type("#name", "同じコード");
        browser.click("#create-campaign");
        assertTrue(browser.text("#code-error").contains("すでに使われています"), browser.page());
        assertEquals("同じコード", browser.find("#name").getDomProperty("value"));
        assertAccessible(browser, "refused campaign");
        browser.screenshot("campaigns");

        browser.click("#campaign-TEST-X10 button.end");
        assertEquals("キャンペーンを終了しました。これからの注文には適用されません。", browser.text("#notice"));
        assertTrue(browser.text("#campaign-TEST-X10 .state").contains("終了"));
        active = new ShopApi(null).get(BackofficeStack.get().url("cart-service") + "/api/campaigns/active").body();
        assertFalse(active.contains("TEST-X10"), active);
    }

    @Test
    void anAddedStaffMemberSignsInAndOnceDisabledCannot() {
        String email = "added-" + System.currentTimeMillis() + "@dozo.test";
        browser.go("/accounts");
        assertAccessible(browser, "accounts");
        browser.type("#email", email);
        browser.type("#password", "short");
        browser.click("#add-account");
        assertTrue(browser.text("#password-error").contains("12〜200文字"), browser.page());
        assertEquals(email, browser.find("#email").getDomProperty("value"));
        assertAccessible(browser, "refused account");
        browser.screenshot("accounts-refused");
        browser.type("#password", "initial-password-1234");
        browser.choose("#role-staff");
        browser.click("#add-account");
        assertTrue(browser.text("#notice").startsWith("スタッフを追加しました。"), browser.page());

        BackofficeBrowser.signIn(browser, email, "initial-password-1234");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href='/accounts']")).isEmpty(),
                "no owner menu for staff");

        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        browser.go("/accounts");
        browser.click("tr[data-email='" + StaffPeople.ownerEmail() + "'] button.disable");
        assertEquals("自分のアカウントは無効にできません。別のオーナーに依頼してください。", browser.text("#refusal"));
        browser.click("tr[data-email='" + StaffPeople.ownerEmail() + "'] button.make-staff");
        assertEquals("有効なオーナーが一人もいなくなるため、この操作はできません。", browser.text("#refusal"));
        browser.click("tr[data-email='" + email + "'] button.make-owner");
        assertTrue(browser.text("#notice").startsWith("権限を変更しました。"), browser.page());
        assertEquals("オーナー", browser.text("tr[data-email='" + email + "'] .role"));
        browser.click("tr[data-email='" + email + "'] button.make-staff");
        assertEquals("スタッフ", browser.text("tr[data-email='" + email + "'] .role"));
        browser.click("tr[data-email='" + email + "'] button.disable");
        assertEquals("アカウントを無効にしました。このアカウントではサインインできません。", browser.text("#notice"));
        assertTrue(browser.text("tr[data-email='" + email + "'] .state").contains("無効"));

        browser.driver().manage().deleteAllCookies();
        browser.go("/signin");
        browser.type("#email", email);
        browser.type("#password", "initial-password-1234");
        browser.click("form button[type='submit']");
        assertTrue(browser.path().startsWith("/signin"), "a disabled account cannot sign in: " + browser.path());
        assertTrue(browser.find("#signin-error").isDisplayed());
    }

    @Test
    void aPasswordChangedOnMyAccountIsTheOneThatSignsIn() {
        String email = "me-" + System.currentTimeMillis() + "@dozo.test";
        ShopApi.Reply added = new ShopApi(BackofficeStack.get().ownerToken()).post(
                BackofficeStack.get().url("content-service") + "/api/staff/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"first-password-1234\",\"roles\":[\"staff\"]}");
        assertEquals(201, added.status(), added.body());
        BackofficeBrowser.signIn(browser, email, "first-password-1234");
        browser.click(".who a[href='/me']");
        assertEquals(email, browser.text("#my-email"));
        assertAccessible(browser, "my account");

        browser.type("#currentPassword", "not-my-password");
        browser.type("#newPassword", "second-password-1234");
        browser.type("#newPasswordAgain", "second-password-1234");
        browser.click("#change-password");
        assertEquals("現在のパスワードが違います。", browser.text("#currentPassword-error"));
        assertAccessible(browser, "refused password");

        browser.type("#currentPassword", "first-password-1234");
        browser.type("#newPassword", "too-short");
        browser.type("#newPasswordAgain", "too-short");
        browser.click("#change-password");
        assertTrue(browser.text("#newPassword-error").contains("12〜200文字"), browser.page());

        browser.type("#currentPassword", "first-password-1234");
        browser.type("#newPassword", "second-password-1234");
        browser.type("#newPasswordAgain", "second-password-1234");
        browser.click("#change-password");
        assertTrue(browser.text("#notice").startsWith("パスワードを変更しました。"), browser.page());
        browser.go("/orders");
        assertEquals("/orders", browser.path(), "still signed in after the change");

        BackofficeBrowser.signIn(browser, email, "second-password-1234");
        browser.driver().manage().deleteAllCookies();
        browser.go("/signin");
        browser.type("#email", email);
        browser.type("#password", "first-password-1234");
        browser.click("form button[type='submit']");
        assertTrue(browser.path().startsWith("/signin"), "the old password no longer signs in");
    }

    private static void newCategory(String slug, String name, String nameEn, String parent, String sort) {
        browser.go("/categories/new");
        browser.type("#slug", slug);
        browser.type("#name", name);
        browser.type("#nameEn", nameEn);
        new Select(browser.find("#parent")).selectByValue(parent);
        browser.type("#sort", sort);
        browser.click("#save");
    }

    private static int rowIndex(String slug) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#categories tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (("category-" + slug).equals(rows.get(i).getDomAttribute("id"))) {
                return i;
            }
        }
        throw new AssertionError("no row for " + slug + ": " + browser.text("#categories"));
    }

    private static boolean shopShows(String home, String slug) {
        return new ShopApi(null).get(home).body().contains("/category/" + slug + "\"");
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition, Duration within) {
        return ProductBrowserTest.eventually(condition, within);
    }
}
