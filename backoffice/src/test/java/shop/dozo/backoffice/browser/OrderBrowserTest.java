package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;
import shop.dozo.browser.Browser;

/**
 * An order from the storefront to the parcel: a shopper orders a food item (8 %) and a cloth pad set (10 %) in a
 * real Chromium; staff see it counted on the dashboard, move it to paid and then to shipped with a tracking number,
 * and print a receipt that carries the shop's registration number and the totals and tax per rate.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class OrderBrowserTest extends BackofficeBrowserTest {
    static final String REGISTRATION_NUMBER = "T1234567890123";

    @Test
    void aShopOrderIsCountedPaidShippedWithTrackingAndItsReceiptHasThePerRateTax() {
        setRegistrationNumber();
        BackofficeBrowser.signIn(browser, StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        long ordersBefore = Long.parseLong(browser.text("#today-orders").replace(",", ""));
        long awaitingPaymentBefore = digits(browser.text("#awaiting-payment"));

        String number = placeOrderInTheStorefront();

        browser.go("/");
        assertEquals(ordersBefore + 1, Long.parseLong(browser.text("#today-orders").replace(",", "")));
        assertEquals(awaitingPaymentBefore + 1, digits(browser.text("#awaiting-payment")));
        browser.screenshot("dashboard");

        browser.go("/orders?number=" + number);
        browser.clickLink(number);
        assertEquals("注文受付（入金待ち）", browser.text("#status"));
        assertAccessible(browser, "order");
        browser.choose("#to-paid");
        browser.type("#note", "振込を確認しました");
        browser.click("#move");
        assertEquals("入金済み（発送待ち）", browser.text("#status"));
        assertTrue(browser.text("#history").contains("振込を確認しました"), browser.text("#history"));

        browser.choose("#to-shipped");
        browser.type("#trackingNumber", "ヤマト 1234");
        browser.click("#move");
        assertTrue(browser.find("#trackingNumber-error").isDisplayed(), "a bad tracking number is refused: "
                + browser.page());
        assertEquals("ヤマト 1234", browser.find("#trackingNumber").getDomProperty("value"));
        browser.type("#trackingNumber", "1234-5678-9012");
        browser.choose("#to-shipped");
        browser.click("#move");
        assertEquals("発送済み", browser.text("#status"));
        assertEquals("1234-5678-9012", browser.text("#tracking"));
        browser.screenshot("order");

        browser.click("#receipt");
        assertEquals("領収書", browser.text("h1"));
        assertEquals(REGISTRATION_NUMBER, browser.text("#registration-number"));
        assertTrue(browser.text("#tax-8").contains("内消費税"), browser.text("#tax-8"));
        assertTrue(browser.text("#tax-10").contains("内消費税"), browser.text("#tax-10"));
        assertTrue(browser.page().contains("※"), "the reduced-rate items are marked");
        assertAccessible(browser, "receipt");

        // The CSV is a download, which Chromium saves rather than shows: fetched with the same session instead.
        String session = browser.driver().manage().getCookieNamed("dozo_staff").getValue();
        var csv = io.restassured.RestAssured.given().cookie("dozo_staff", session)
                .get(backoffice + "orders/export?number=" + number);
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"orders-"));
        String rows = csv.asString();
        assertTrue(rows.contains(number) && rows.contains("1234-5678-9012") && rows.contains("注文番号"), rows);
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static void setRegistrationNumber() {
        LocalStack shop = BackofficeStack.get();
        ShopApi owner = new ShopApi(shop.ownerToken());
        String settings = owner.get(shop.url("content-service") + "/api/staff/settings").body();
        String updated = settings.replaceFirst("\"invoiceRegistrationNumber\":(null|\"[^\"]*\"),?", "")
                .replaceFirst("^\\{", "{\"invoiceRegistrationNumber\":\"" + REGISTRATION_NUMBER + "\",");
        ShopApi.Reply saved = owner.put(shop.url("content-service") + "/api/staff/settings", updated);
        assertEquals(200, saved.status(), saved.body());
    }

    private static String placeOrderInTheStorefront() {
        try (Browser shopper = Browser.open(BackofficeStack.get().url("storefront"))) {
            for (String sku : new String[]{"OF-MISO-1K", "CP-SET-TRIAL"}) {
                shopper.go("/product/" + sku);
                shopper.click(".add-to-cart button[type='submit']");
            }
            shopper.go("/checkout");
            shopper.type("#f-fullName", "山田 花子");
            shopper.type("#f-email", "hanako.backoffice@example.jp");
            shopper.type("#f-postalCode", "150-0001");
            new Select(shopper.find("#f-prefecture")).selectByVisibleText("東京都");
            shopper.type("#f-city", "渋谷区");
            shopper.type("#f-street", "神宮前1-2-3");
            shopper.type("#f-phone", "03-1234-5678");
            shopper.type("#f-fullNameKana", "ヤマダ ハナコ");
            shopper.choose("input[name='paymentMethod'][value='bank_transfer']");
            shopper.choose("#f-privacyConsent");
            shopper.click(".checkout-form button[type='submit']");
            assertEquals("/checkout/confirm", shopper.path(), shopper.page());
            shopper.click(".confirm-form .place-order");
            assertEquals("/order/thanks", shopper.path(), shopper.page());
            return shopper.text(".order-number");
        }
    }
}
