package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/**
 * Moderation in a real Chromium against the real services: two reviews posted through review-service's shopper
 * API; one approved with a reply, which the storefront's product page then shows; the other rejected (a reason
 * is review-service's rule), which it never shows; and the history lists both moves.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class ReviewBrowserTest extends BackofficeBrowserTest {
    private static final String SKU = "EG-BAG-01";
    private static final String GOOD = "折りたたむと手のひらサイズ";
    private static final String BAD = "届いたけれど期待はずれ";
    private static final String REPLY = "ご感想をありがとうございます。これからもよろしくお願いいたします。";

    @BeforeEach
    void signIn() {
        StaffPeople.ensureStaff();
        BackofficeBrowser.signIn(browser, StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
    }

    @Test
    void anApprovedReviewAndItsReplyAreInTheShopAndARejectedOneIsNot() {
        post(GOOD, "毎日の買い物に持ち歩いています。丈夫で洗えるのがうれしいです。", "192.0.2.50");
        post(BAD, "思っていたより小さくて、お弁当箱が入りませんでした。", "192.0.2.51");

        browser.go("/reviews");
        assertTrue(browser.text("#reviews").contains(GOOD) && browser.text("#reviews").contains(BAD),
                "both wait in the queue: " + browser.page());
        assertAccessible(browser, "review queue");
        browser.clickLink(GOOD);
        assertAccessible(browser, "pending review");
        browser.click("#approve");
        assertEquals("承認しました。ショップの商品ページに表示されます。", browser.text("#notice"));
        browser.type("#reply", REPLY);
        browser.click("#save-reply");
        assertEquals("返信を保存しました。", browser.text("#notice"));
        assertEquals(REPLY, browser.find("#reply").getDomProperty("value"));
        assertTrue(browser.text("#history").contains("承認") && browser.text("#history").contains("返信"),
                browser.text("#history"));
        assertAccessible(browser, "approved review");
        browser.screenshot("review");

        browser.go("/reviews");
        browser.clickLink(BAD);
        browser.click("#reject");
        assertTrue(browser.find("#reason").getDomAttribute("aria-invalid") != null,
                "review-service wants a reason: " + browser.page());
        assertTrue(browser.find("#reason-error").isDisplayed());
        assertAccessible(browser, "refused rejection");
        browser.type("#reason", "商品と関係のない内容のため");
        browser.click("#reject");
        assertEquals("却下しました。ショップには表示されません。", browser.text("#notice"));
        assertTrue(browser.text("#history").contains("商品と関係のない内容のため"), browser.text("#history"));

        browser.go("/reviews/history");
        String history = browser.text("#all-history");
        assertTrue(history.contains(GOOD) && history.contains(BAD), history);
        assertTrue(history.contains("承認待ち → 公開中") && history.contains("承認待ち → 却下"), history);
        assertAccessible(browser, "moderation history");
        browser.go("/reviews/history?lang=en");
        assertTrue(browser.text("#all-history").contains("Waiting for approval → Rejected"), browser.page());
        browser.go("/reviews/history?lang=ja");

        String product = BackofficeStack.get().url("storefront") + "/product/" + SKU;
        assertTrue(ProductBrowserTest.eventually(() -> {
            String html = new ShopApi(null).get(product).body();
            return html.contains(GOOD) && html.contains(REPLY);
        }, Duration.ofSeconds(60)), "the product page shows the review and the reply within its cache time");
        String html = new ShopApi(null).get(product).body();
        assertFalse(html.contains(BAD), "a rejected review is not shown");
    }

    /** As a shopper posts through the storefront: from their own address, so the posting limit is theirs. */
    private static void post(String title, String body, String address) {
        String json = "{\"sku\":\"" + SKU + "\",\"rating\":4,\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"nickname\":\"ことりファン\"}";
        ShopApi.Reply reply = new ShopApi(null).postWithHeader(
                BackofficeStack.get().url("review-service") + "/api/reviews", "X-Forwarded-For", address, json);
        assertEquals(202, reply.status(), reply.body());
    }
}
