package shop.dozo.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import shop.dozo.backing.ShopApi;
import shop.dozo.browser.Axe;
import shop.dozo.browser.BrowserTest;
import shop.dozo.storefront.ShopStack;
import shop.dozo.storefront.ShopStackResource;
import shop.dozo.testsupport.Mailbox;

/**
 * Issue 17's whole story in a real Chromium, against the real services and a real SMTP server (GreenMail): sign up,
 * verify by the mail that arrived, order with a delivery slot, see the §12-6 items on the confirmation step, get the
 * order mail with the per-rate tax and the bank details, staff ship it, the shipping mail has the tracking link, and
 * My Page shows the order and the points.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(41)
class MemberOrderBrowserTest extends BrowserTest {
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URL shop;

    @Override
    protected String appUrl() {
        return shop.toString();
    }

    @Test
    void signUpVerifyOrderWithASlotConfirmGetTheMailsAndSeeItOnMyPage() {
        String email = "member-" + System.nanoTime() + "@example.jp";
        Mailbox mailbox = ShopStack.mailbox();

        browser.go("/account/signup");
        assertAccessible("sign-up");
        browser.type("#f-email", email);
        browser.type("#f-password", "kotori-member-7");
        browser.type("#f-fullName", "田中 葵");
        browser.type("#f-fullNameKana", "たなか あおい");
        browser.click(".signup-form button[type='submit']");
        assertEquals("確認メールをお送りしました", browser.text("h1"));

        browser.go(path(mailbox.await(email, m -> m.text().contains("/account/verify"), MAIL_WAIT).text(),
                "/account/verify"));
        assertAccessible("verify");
        browser.click(".link-form button[type='submit']");
        assertEquals("会員登録が完了しました", browser.text("h1"));

        browser.click(".account-nav a[href='/account/login']");
        browser.type("#f-email", email);
        browser.type("#f-password", "kotori-member-7");
        browser.click(".login-form button[type='submit']");
        assertEquals("/mypage", browser.path());
        assertTrue(browser.text(".mypage-hello").contains("田中 葵"));
        assertAccessible("my page");

        // One reduced-rate (8 %) food and one 10 % good, so both rates appear on the receipt.
        browser.go("/product/FT-CHOCO-50");
        browser.click(".add-to-cart button[type='submit']");
        browser.go("/product/EG-BAG-01");
        browser.click(".add-to-cart button[type='submit']");
        browser.clickLink("ご注文手続きへ進む");
        assertEquals(email, browser.find("#f-email").getAttribute("value"), "the account's e-mail is filled in");
        assertEquals("タナカ アオイ", browser.find("#f-fullNameKana").getAttribute("value"));
        browser.type("#f-postalCode", "150-0001");
        new Select(browser.find("#f-prefecture")).selectByVisibleText("東京都");
        browser.type("#f-city", "渋谷区");
        browser.type("#f-street", "神宮前1-2-3");
        browser.type("#f-phone", "03-1234-5678");
        Select dates = new Select(browser.find("#f-deliveryDate"));
        String date = dates.getOptions().stream().filter(o -> o.isEnabled() && !o.getAttribute("value").isEmpty())
                .skip(1).findFirst().orElseThrow().getAttribute("value");
        dates.selectByValue(date);
        new Select(browser.find("#f-deliverySlot")).selectByValue("14-16");
        browser.choose("input[name='paymentMethod'][value='bank_transfer']");
        browser.choose("#f-privacyConsent");
        assertAccessible("checkout filled in");
        browser.click(".checkout-form button[type='submit']");

        assertEquals("/checkout/confirm", browser.path());
        assertEquals("ご注文内容の確認", browser.text("h1"));
        assertTrue(browser.text(".confirm table.lines").contains("麻のエコバッグ"), "the items, quantities, prices");
        assertTrue(browser.text(".confirm-totals").contains("送料"), "every fee");
        assertTrue(browser.page().contains("8%対象（軽減税率）") && browser.page().contains("10%対象"));
        assertTrue(browser.text(".payment-deadline").contains("までに"), "when to pay");
        assertTrue(browser.text(".bank-account").contains("口座番号"), "how to pay");
        assertTrue(browser.text(".delivery-choice").contains("14時〜16時"), "when it arrives");
        assertTrue(browser.text(".confirm-terms").contains("返品"), "the cancellation and return terms");
        assertAccessible("confirmation step");
        browser.click(".confirm-form .place-order");

        assertEquals("/order/thanks", browser.path());
        String number = browser.text(".order-number");
        assertAccessible("thanks");

        Mailbox.Mail received = mailbox.await(email, m -> m.text().contains(number) && m.text().contains("口座"),
                MAIL_WAIT);
        assertTrue(received.text().contains("8%対象") && received.text().contains("10%対象")
                && received.text().contains("内消費税"), received.text());
        assertTrue(received.text().contains("口座名義") && received.text().contains("お支払い期限"), received.text());
        assertTrue(received.text().contains("※"), "the reduced-rate mark");

        var stack = ShopStack.get();
        ShopApi staff = new ShopApi(stack.ownerToken());
        String status = stack.url("cart-service") + "/api/staff/orders/" + number + "/status";
        assertEquals(200, staff.post(status, "{\"status\":\"paid\"}").status());
        ShopApi.Reply shipped = staff.post(status, "{\"status\":\"shipped\",\"trackingNumber\":\"4455-6677-8899\"}");
        assertEquals(200, shipped.status(), shipped.body());

        Mailbox.Mail shipping = mailbox.await(email, m -> m.text().contains("4455-6677-8899"), MAIL_WAIT);
        assertTrue(Pattern.compile("https?://\\S*4455-6677-8899").matcher(shipping.text()).find(),
                "the tracking link: " + shipping.text());

        browser.go("/mypage");
        String row = browser.text("tr[data-order='" + number + "']");
        assertTrue(row.contains("発送しました"), row);
        int earned = Integer.parseInt(row.replaceAll(".*\\s(\\d+)$", "$1"));
        assertTrue(earned > 0, "the order earned points: " + row);
        assertEquals(String.valueOf(earned), browser.text(".points-balance"),
                "credited once the transfer was paid");
        browser.click("tr[data-order='" + number + "'] a");
        assertEquals(number, browser.text(".order-number"));
        assertTrue(browser.text(".tracking-number").contains("4455-6677-8899"));
        assertAccessible("my order");
        browser.go("/mypage/points");
        assertTrue(browser.page().contains(number), "the ledger names the order");
        assertAccessible("points ledger");
    }

    /** The storefront path and query of a mailed link (mails point at the shop's public address, not this test app). */
    private static String path(String text, String path) {
        Matcher link = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(text);
        assertTrue(link.find(), text);
        return link.group();
    }

    private static void assertAccessible(String page) {
        List<String> violations = new ArrayList<>(Axe.seriousViolations(browser));
        assertTrue(violations.isEmpty(), page + " (" + browser.path() + ") has serious accessibility problems:\n"
                + String.join("\n", violations));
    }
}
