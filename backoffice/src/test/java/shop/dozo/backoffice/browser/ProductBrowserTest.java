package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
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
import shop.dozo.backoffice.TestPictures;

/**
 * The product editor in a real Chromium against the real services: a new product with two photos, published and
 * then seen in the storefront; stock adjusted and seen there; bad input kept and explained; and two people
 * editing the same product at once.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class ProductBrowserTest extends BackofficeBrowserTest {

    @BeforeEach
    void signIn() {
        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
    }

    @Test
    void aNewProductWithTwoPhotosIsPublishedAndTheShopShowsItWithItsPhotos() {
        browser.go("/products");
        assertAccessible(browser, "product list");
        browser.click("#new-product");
        fillProduct("TEST-TOWEL-01", "オーガニック今治タオル", "1,980", "cloth-pads", "20");
        assertAccessible(browser, "new product");
        browser.click("#save");
        assertEquals("/products/TEST-TOWEL-01?notice=created", browser.path());

        browser.find("#photo").sendKeys(TestPictures.write("png", new Color(40, 90, 160), 600).toString());
        assertTrue(browser.find("#photo-preview").isDisplayed(), "the chosen photo is shown before uploading");
        browser.type("#photo-alt", "青いタオル");
        browser.click("#upload");
        browser.find("#photo").sendKeys(TestPictures.write("jpg", new Color(200, 120, 40), 500).toString());
        browser.click("#upload");
        List<WebElement> photos = browser.driver().findElements(By.cssSelector("ol.photos img"));
        assertEquals(2, photos.size(), browser.page());
        assertEquals("青いタオル", photos.get(0).getDomAttribute("alt"));
        String first = photos.get(0).getDomAttribute("src");
        String second = photos.get(1).getDomAttribute("src");
        browser.click("ol.photos li:nth-child(2) button[aria-label^='2枚目の画像を前へ']");
        photos = browser.driver().findElements(By.cssSelector("ol.photos img"));
        assertEquals(second, photos.get(0).getDomAttribute("src"), "the order staff chose");
        assertEquals(first, photos.get(1).getDomAttribute("src"));
        assertAccessible(browser, "product editor");
        browser.screenshot("product-editor");

        browser.click("#publish");
        assertEquals("公開しました。ショップに表示されます。", browser.text("#notice"));

        ShopApi.Reply page = new ShopApi(null).get(BackofficeStack.get().url("storefront") + "/product/TEST-TOWEL-01");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("オーガニック今治タオル") && page.body().contains("¥1,980"), page.body());
        String secondId = second.replaceAll("^/media/([a-f0-9]{64})/list$", "$1");
        String firstId = first.replaceAll("^/media/([a-f0-9]{64})/list$", "$1");
        int secondAt = page.body().indexOf("/media/" + secondId + "/detail");
        int firstAt = page.body().indexOf("/media/" + firstId + "/detail");
        assertTrue(secondAt > 0 && firstAt > secondAt, "both photos, in the chosen order");
        ShopApi.Reply image =
                new ShopApi(null).get(BackofficeStack.get().url("storefront") + "/media/" + firstId + "/detail");
        assertEquals(200, image.status(), "the storefront serves the photo");
    }

    @Test
    void aStockAdjustmentShowsInTheLedgerAndInTheShop() {
        browser.go("/products/CP-LINER-01/stock");
        int before = Integer.parseInt(browser.text("#available"));
        browser.type("#delta", "-" + (before - 2));
        new Select(browser.find("#reason")).selectByValue("stocktake");
        browser.type("#note", "棚卸しで数え直し");
        browser.click("#adjust");
        assertEquals("2", browser.text("#available"));
        assertTrue(browser.text("#ledger tbody tr:first-child").contains("棚卸しで数え直し"), browser.text("#ledger"));
        assertAccessible(browser, "stock");

        browser.type("#delta", "十");
        browser.click("#adjust");
        assertEquals("整数で入力してください（例: 10、-2）。", browser.text("#delta-error"));
        assertEquals("十", browser.find("#delta").getDomProperty("value"), "what was typed stays");

        String shop = BackofficeStack.get().url("storefront") + "/product/CP-LINER-01";
        assertTrue(eventually(() -> new ShopApi(null).get(shop).body().contains("残りわずか"), Duration.ofSeconds(45)),
                "the storefront shows the few left within its cache time");
    }

    @Test
    void badInputIsKeptAndExplainedNextToTheField() {
        browser.go("/products/new");
        fillProduct("CP-LINER-01", "重複したSKU", "-5", "cloth-pads", "1");
        browser.click("#save");
        assertTrue(browser.driver().findElements(By.cssSelector(".field-error")).size() >= 1, browser.page());
        assertEquals("重複したSKU", browser.find("#name").getDomProperty("value"));
        assertEquals("-5", browser.find("#price").getDomProperty("value"));
        assertTrue(browser.text("#price-error").contains("0以上"), browser.text("#price-error"));
        assertAccessible(browser, "refused product");

        browser.type("#price", "500");
        browser.click("#save");
        assertTrue(browser.text("#sku-error").contains("すでに使われています"), browser.page());

        browser.go("/products/CP-LINER-01");
        browser.find("#photo").sendKeys(TestPictures.notAnImage().toString());
        browser.click("#upload");
        assertTrue(browser.text("#photo-error").contains("JPEG、PNG、GIF、WebP"), browser.page());
    }

    @Test
    void aStaleEditShowsWhatChangedAndLetsStaffKeepTheirsOrTakeTheNewer() {
        browser.go("/products/CP-REG-01");
        String name = browser.find("#name").getDomProperty("value");
        // Someone else saves the product meanwhile, through the API.
        String catalog = BackofficeStack.get().url("catalog-service");
        ShopApi owner = new ShopApi(BackofficeStack.get().ownerToken());
        String current = owner.get(catalog + "/api/staff/products/CP-REG-01").body();
        String changed = current.replace("\"name\":\"" + name + "\"", "\"name\":\"" + name + "（改）\"");
        assertEquals(200, owner.put(catalog + "/api/staff/products/CP-REG-01", changed).status());

        browser.type("#price", "999");
        browser.click("#save");
        assertTrue(browser.find("#conflict").isDisplayed());
        String conflict = browser.text("#conflict");
        assertTrue(conflict.contains(name + "（改）") && conflict.contains("999"), conflict);
        assertEquals("999", browser.find("#price").getDomProperty("value"), "what they typed is still there");
        assertAccessible(browser, "conflict");

        browser.click("#save");
        assertEquals("保存しました。", browser.text("#notice"));
        assertEquals("999", browser.find("#price").getDomProperty("value"));
        assertEquals(name, browser.find("#name").getDomProperty("value"), "theirs, knowingly kept");
    }

    private static void fillProduct(String sku, String name, String price, String category, String stock) {
        browser.type("#sku", sku);
        browser.type("#name", name);
        browser.type("#nameEn", "Organic towel");
        browser.type("#description", "ふんわり柔らかい、オーガニックコットンのタオルです。");
        browser.type("#price", price);
        new Select(browser.find("#taxRate")).selectByValue("10");
        new Select(browser.find("#category")).selectByValue(category);
        browser.type("#tags", "タオル、オーガニック");
        browser.type("#stock", stock);
    }

    static boolean eventually(java.util.function.BooleanSupplier condition, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
