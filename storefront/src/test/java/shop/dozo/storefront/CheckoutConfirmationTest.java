package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;

/**
 * The Japanese checkout against the real cart-service: フリガナ, a delivery date and slot from its calendar, consent,
 * and the confirmation step (特商法 §12-6) that shows cart-service's quote before the order button.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(31)
class CheckoutConfirmationTest {

    /** A selectable day from cart-service's own calendar (the second one: not simply "the earliest"). */
    static String aSelectableDate() {
        String terms = new ShopApi(null).get(ShopStack.get().url("cart-service") + "/api/delivery-terms").body();
        Matcher open = Pattern.compile("\\{\"date\":\"(\\d{4}-\\d{2}-\\d{2})\",\"shopClosed\":false\\}").matcher(terms);
        assertTrue(open.find() && open.find(), terms);
        return open.group(1);
    }

    private static Map<String, String> chocolateOrder(Shopper shopper) {
        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "3"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        return CheckoutTest.address(CheckoutTest.key(form));
    }

    @Test
    void theFormOffersCartServicesDatesAndSlotsAndAsksForKanaAndConsent() {
        Shopper shopper = new Shopper();
        String form = shopper.get("/product/FT-CHOCO-50").asString();
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "1"));
        form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        assertTrue(form.contains("id=\"f-fullNameKana\""));
        assertTrue(form.contains("<option value=\"" + aSelectableDate() + "\""), "dates come from cart-service");
        assertTrue(form.contains("<option value=\"am\">午前中</option>") && form.contains("<option value=\"19-21\">"));
        assertTrue(form.contains("name=\"privacyConsent\"") && form.contains("href=\"/pages/privacy\""));
        assertTrue(form.contains("ご注文金額 10,000円未満：330円"), "the COD fee tiers are shown with the choice");
        assertTrue(form.contains("action=\"/checkout/confirm\""), "the form leads to the confirmation step");
    }

    @Test
    void missingKanaAndConsentAndAPastDateAreExplainedAndNothingIsOrdered() {
        Shopper shopper = new Shopper();
        Map<String, String> order = chocolateOrder(shopper);
        order.remove("fullNameKana");
        order.remove("privacyConsent");
        String refused = shopper.post("/checkout/confirm", order).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("フリガナをカタカナ（またはひらがな）で入力してください"), refused);
        assertTrue(refused.contains("プライバシーポリシーへの同意が必要です"));
        assertTrue(refused.contains("value=\"山田 花子\""), "nothing typed is lost");

        order.put("fullNameKana", "ヤマダ ハナコ");
        order.put("privacyConsent", "on");
        order.put("deliveryDate", "2020-01-06");
        String past = shopper.post("/checkout/confirm", order).then().statusCode(400).extract().asString();
        assertTrue(past.contains("このお届け希望日は選べません"), past);

        order.put("deliveryDate", "");
        order.put("deliverySlot", "7-9");
        String slot = shopper.post("/checkout/confirm", order).then().statusCode(400).extract().asString();
        assertTrue(slot.contains("この時間帯は選べません"), slot);
        assertTrue(shopper.get("/cart").asString().contains("data-sku=\"FT-CHOCO-50\""), "no order was placed");
    }

    @Test
    void theConfirmationStepShowsTheQuoteThenBackKeepsTheFormAndTheButtonPlacesTheOrder() {
        Shopper shopper = new Shopper();
        Map<String, String> order = chocolateOrder(shopper);
        String date = aSelectableDate();
        order.put("deliveryDate", date);
        order.put("deliverySlot", "14-16");
        order.put("paymentMethod", "cash_on_delivery");
        String confirm = shopper.post("/checkout/confirm", order).then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("ご注文内容の確認"));
        assertTrue(confirm.contains("<dd class=\"cod-fee\">¥330</dd>"), "3 × ¥378 + ¥770 = ¥1,904: COD fee ¥330");
        assertTrue(confirm.contains("<dd class=\"amount-due\">¥2,234</dd>"), "¥1,904 + ¥330");
        assertTrue(confirm.contains("8%対象（軽減税率）"), "the per-rate tax is shown");
        assertTrue(confirm.contains("14時〜16時") && confirm.contains(date.substring(0, 4) + "年"), "when it arrives");
        assertTrue(confirm.contains("配達員にお支払い金額を現金で"), "how and when to pay");
        assertTrue(confirm.contains("キャンセル・返品について"), "the cancellation and return terms");
        assertTrue(confirm.contains("ヤマダ ハナコ"), "cart-service's katakana, not the typed hiragana: " + confirm);
        assertTrue(shopper.get("/cart").asString().contains("data-sku=\"FT-CHOCO-50\""), "still nothing ordered");

        String back = shopper.post("/checkout/edit", order).then().statusCode(200).extract().asString();
        assertTrue(back.contains("value=\"山田 花子\"") && back.contains("value=\"" + order.get("idempotencyKey")));
        assertTrue(back.contains("<option value=\"" + date + "\" selected>"), "the date is still chosen");
        assertTrue(back.contains("value=\"14-16\" selected"));
        assertTrue(back.contains("name=\"privacyConsent\" value=\"on\" checked"));

        Response placed = shopper.post("/checkout", order);
        placed.then().statusCode(303);
        String thanks = shopper.get("/order/thanks").then().statusCode(200).extract().asString();
        String number = CheckoutTest.orderNumber(thanks);
        var shop = ShopStack.get();
        String stored = new ShopApi(shop.ownerToken()).get(shop.url("cart-service") + "/api/staff/orders/" + number)
                .body();
        assertTrue(stored.contains(date) && stored.contains("14-16"), stored);
        assertTrue(stored.contains("ヤマダ ハナコ"), stored);
        assertTrue(stored.contains("\"codFeeYen\":330"), stored);
    }

    @Test
    void aBankTransferShowsTheAccountAndTheDeadlineAndAnEnglishPageSpeaksEnglish() {
        Shopper shopper = new Shopper();
        Map<String, String> order = chocolateOrder(shopper);
        String confirm = shopper.post("/checkout/confirm", order).then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("class=\"bank-account\"") && confirm.contains("口座名義"), confirm);
        assertTrue(confirm.contains("までに、下記の口座へ"), "the payment deadline");
        assertFalse(confirm.contains("class=\"cod-fee\""), "no COD fee for a transfer");
        assertTrue(confirm.contains("指定なし（最短で"), "no date chosen: from the earliest date");

        String english = shopper.post("/checkout/confirm?lang=en", order).then().statusCode(200).extract().asString();
        assertTrue(english.contains("Review your order") && english.contains("Account holder"), english);
    }
}
