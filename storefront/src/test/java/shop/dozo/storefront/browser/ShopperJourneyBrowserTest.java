package shop.dozo.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;
import shop.dozo.backing.ShopApi;
import shop.dozo.browser.Axe;
import shop.dozo.browser.BrowserTest;
import shop.dozo.storefront.ShopStack;
import shop.dozo.storefront.ShopStackResource;

/**
 * A shopper in a real headless Chromium, against the real catalog-, cart-, review- and content-service: the
 * paths the shop's customers said were hard (finding things, the cart, not getting lost), clicked through as a
 * person would, with axe-core checking the pages on the way.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(40)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopperJourneyBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL shop;

    @Override
    protected String appUrl() {
        return shop.toString();
    }

    @Test
    @Order(1)
    void homeToCategoryToProductToCartToCheckoutToConfirmationToOrderLookup() {
        browser.go("/");
        assertTrue(browser.driver().getTitle().contains("ことり舎"), browser.driver().getTitle());
        assertAccessible("home");

        browser.click("nav.main-nav a[href='/category/cloth-pads']");
        assertEquals("/category/cloth-pads", browser.path());
        assertEquals("布ナプキン", browser.text(".breadcrumbs [aria-current='page']"));
        assertAccessible("category");

        browser.clickLink("はじめての布ナプキン お試し3点セット");
        assertEquals("/product/CP-SET-TRIAL", browser.path());
        assertEquals("はじめての布ナプキン お試し3点セット", browser.text("h1"));
        assertTrue(browser.text(".price-large").contains("¥3,980"));
        assertAccessible("product");

        browser.click(".add-to-cart button[type='submit']");
        assertTrue(browser.path().startsWith("/cart?notice=added"), browser.path());
        assertTrue(browser.text(".notice").contains("をカートに入れました"));

        browser.type("#qty-CP-SET-TRIAL", "2");
        browser.click("tr[data-sku='CP-SET-TRIAL'] .quantity-form button");
        assertEquals("数量を変更しました。", browser.text(".notice"));
        assertEquals("¥7,960", browser.text("#cart-total"), "2 × ¥3,980, shipping free from ¥5,500");
        assertAccessible("cart");

        browser.clickLink("ご注文手続きへ進む");
        assertEquals("/checkout", browser.path());
        assertAccessible("checkout");
        browser.type("#f-fullName", "山田 花子");
        browser.type("#f-email", "hanako.browser@example.jp");
        browser.type("#f-postalCode", "150-0001");
        new Select(browser.find("#f-prefecture")).selectByVisibleText("東京都");
        browser.type("#f-city", "渋谷区");
        browser.type("#f-street", "神宮前1-2-3 ことりビル2階");
        browser.type("#f-phone", "03-1234-5678");
        browser.type("#f-fullNameKana", "やまだ はなこ");
        browser.choose("input[name='paymentMethod'][value='cash_on_delivery']");
        browser.choose("#f-privacyConsent");
        browser.click(".checkout-form button[type='submit']");

        assertEquals("/checkout/confirm", browser.path());
        assertEquals("ご注文内容の確認", browser.text("h1"));
        assertEquals("¥330", browser.text(".cod-fee"), "¥7,960 is under ¥10,000: COD fee ¥330");
        assertEquals("¥8,290", browser.text(".amount-due"));
        assertAccessible("confirmation step");
        browser.click(".confirm-form .place-order");

        assertEquals("/order/thanks", browser.path());
        assertEquals("ご注文ありがとうございました", browser.text("h1"));
        String number = browser.text(".order-number");
        assertTrue(browser.page().contains("¥8,290"));
        assertAccessible("thanks");

        browser.click(".account-nav a[href='/order/lookup']");
        browser.type("#lookup-number", number);
        browser.type("#lookup-email", "hanako.browser@example.jp");
        browser.click(".lookup-form button[type='submit']");
        assertEquals(number, browser.text(".order-number"));
        assertEquals("ご注文を受け付けました", browser.text(".order-status"));
        assertTrue(browser.page().contains("代金引換"));
        assertAccessible("order lookup");
    }

    @Test
    @Order(2)
    void searchFindsClothPads() {
        browser.go("/");
        browser.type("#site-search-q", "布ナプキン");
        browser.pressEnterIn("#site-search-q");
        assertTrue(browser.path().startsWith("/search?q="), browser.path());
        assertEquals("「布ナプキン」の検索結果", browser.text("h1"));
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".card[data-sku='CP-LINER-01']"))
                .size() == 1, "the liner is found");
        assertAccessible("search");
    }

    @Test
    @Order(3)
    void postAReview() {
        browser.go("/product/CP-REG-01");
        browser.choose("input[name='rating'][value='4']");
        browser.type("#review-title", "ブラウザから書きました");
        browser.type("#review-body", "羽つきでずれにくく、洗うのも思ったより簡単でした。");
        browser.type("#review-nickname", "テスト花子");
        browser.click(".review-form button[type='submit']");
        assertTrue(browser.path().startsWith("/product/CP-REG-01?review=posted"), browser.path());
        assertTrue(browser.text(".notice").contains("レビューを受け付けました"));

        ShopApi staff = new ShopApi(ShopStack.get().ownerToken());
        String pending =
                staff.get(ShopStack.get().url("review-service") + "/api/staff/reviews?status=pending&sku=CP-REG-01")
                        .body();
        assertTrue(pending.contains("ブラウザから書きました"), "review-service holds it for moderation: " + pending);
    }

    @Test
    @Order(4)
    void switchToEnglishAndBack() {
        browser.go("/category/organic-food");
        browser.click(".lang-switch");
        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertEquals("Organic food", browser.text("h1"));
        assertEquals("Cart", browser.text(".cart-link"));
        browser.go("/");
        assertTrue(browser.page().contains("Recommended"), "the choice sticks on the next page");
        assertAccessible("home in English");
        browser.click(".lang-switch");
        assertEquals("ja", browser.find("html").getAttribute("lang"));
    }

    @Test
    @Order(5)
    void otherPagesPassTheAccessibilityCheckToo() {
        browser.go("/no-such-page");
        assertEquals("ページが見つかりませんでした", browser.text("h1"));
        assertAccessible("404");

        browser.go("/product/CP-LINER-01");
        browser.click(".review-form button[type='submit']");
        assertTrue(browser.page().contains("評価を1〜5から選んでください。"), "an empty review is explained");
        assertAccessible("review form with errors");

        browser.click(".add-to-cart button[type='submit']");
        browser.clickLink("ご注文手続きへ進む");
        browser.click(".checkout-form button[type='submit']");
        assertTrue(browser.page().contains("入力内容をご確認ください。"));
        assertAccessible("checkout with errors");

        for (String path : List.of("/account/signup", "/account/login", "/account/password-reset", "/contact",
                "/newsletter", "/account/verify?token=" + "A".repeat(43), "/account/login?lang=en",
                "/contact?lang=en")) {
            browser.go(path);
            assertAccessible(path);
        }
        browser.go("/?lang=ja");
    }

    /** The check above proves something only if it can fail: a page with known faults must fail it. */
    @Test
    @Order(6)
    void theAccessibilityCheckCatchesAnUnlabelledImageAndButton() {
        browser.driver().get("data:text/html;charset=utf-8,"
                + java.net.URLEncoder
                        .encode("<!DOCTYPE html><html><body><img src='x.png'><button></button></body></html>",
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        String found = String.join("\n", Axe.seriousViolations(browser));
        assertTrue(found.contains("image-alt") && found.contains("button-name"), found);
    }

    private static void assertAccessible(String page) {
        List<String> violations = new ArrayList<>(Axe.seriousViolations(browser));
        assertTrue(violations.isEmpty(), page + " (" + browser.path() + ") has serious accessibility problems:\n"
                + String.join("\n", violations));
    }
}
