package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;

/** Checkout against the real cart-service: mistakes are explained field by field, a double submit is one order. */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(30)
class CheckoutTest {

    static Map<String, String> address(String idempotencyKey) {
        Map<String, String> form = new HashMap<>(Map.of("fullName", "山田 花子", "email", "hanako@example.jp",
                "postalCode", "150-0001", "prefecture", "東京都", "city", "渋谷区", "street", "神宮前1-2-3",
                "phone", "03-1234-5678", "paymentMethod", "bank_transfer", "usePoints", "0"));
        form.put("fullNameKana", "やまだ はなこ");
        form.put("privacyConsent", "on");
        form.put("idempotencyKey", idempotencyKey);
        return form;
    }

    static String key(String html) {
        Matcher m = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the form carries its idempotency key");
        return m.group(1);
    }

    @Test
    void mistakesAreExplainedInJapaneseAndTheFormKeepsWhatWasTyped() {
        Shopper shopper = new Shopper();
        shopper.get("/product/EG-BAG-01");
        shopper.post("/cart/add", Map.of("sku", "EG-BAG-01", "quantity", "1"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        Map<String, String> wrong = address(key(form));
        wrong.put("postalCode", "12-34");
        wrong.put("prefecture", "Tokyo");
        wrong.remove("paymentMethod");
        String refused = shopper.post("/checkout", wrong).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("入力内容をご確認ください。"));
        assertTrue(refused.contains("郵便番号を 123-4567 の形で入力してください。"));
        assertTrue(refused.contains("都道府県を選んでください。"));
        assertTrue(refused.contains("お支払い方法を選んでください。"));
        assertTrue(refused.contains("value=\"山田 花子\""), "nothing typed is lost");
        assertTrue(refused.contains("aria-invalid=\"true\""));
        assertTrue(shopper.get("/cart").asString().contains("data-sku=\"EG-BAG-01\""),
                "no order, the cart is as it was");
    }

    @Test
    void fullWidthPostalCodeAndPhoneAsAnImeTypesThemPlaceTheOrderStoredNormalised() {
        Shopper shopper = new Shopper();
        shopper.get("/product/EG-BAG-01");
        shopper.post("/cart/add", Map.of("sku", "EG-BAG-01", "quantity", "1"));
        Map<String, String> typed = address(key(shopper.get("/checkout").then().statusCode(200).extract().asString()));
        typed.put("postalCode", "１５０－０００１");
        typed.put("phone", "０３－１２３４－５６７８");
        typed.put("email", "ime-" + System.nanoTime() + "@example.jp");
        Response placed = shopper.post("/checkout", typed);
        placed.then().statusCode(303);
        assertEquals("/order/thanks", CartFlowTest.path(placed.getHeader("Location")));
        String number = orderNumber(shopper.get("/order/thanks").then().statusCode(200).extract().asString());

        var shop = ShopStack.get();
        ShopApi.Reply stored =
                new ShopApi(shop.ownerToken()).get(shop.url("cart-service") + "/api/staff/orders/" + number);
        assertEquals(200, stored.status(), stored.body());
        assertTrue(stored.body().contains("\"postalCode\":\"150-0001\""), stored.body());
        assertTrue(stored.body().contains("\"phone\":\"03-1234-5678\""), stored.body());
    }

    @Test
    void theOrderSummaryShowsCartServicesPricingAndItsPrefectures() {
        Shopper shopper = new Shopper();
        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "3"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        assertTrue(form.contains("<dd>¥1,904</dd>"), "3 × ¥378 + ¥770 shipping, as cart-service priced it");
        assertTrue(form.contains("<option value=\"北海道\">北海道</option>") && form.contains("<option value=\"沖縄県\">"),
                "the prefectures come from cart-service's delivery terms");
        String prefectures = form.substring(form.indexOf("id=\"f-prefecture\""), form.indexOf("</select>",
                form.indexOf("id=\"f-prefecture\"")));
        assertEquals(47, Pattern.compile("<option value=\"[^\"]+\"").matcher(prefectures).results().count());
    }

    @Test
    void pressingPlaceOrderTwiceIsOneOrderAndItCanBeLookedUp() {
        Shopper shopper = new Shopper();
        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "3"));
        String key = key(shopper.get("/checkout").asString());

        Response first = shopper.post("/checkout", address(key));
        first.then().statusCode(303);
        assertEquals("/order/thanks", CartFlowTest.path(first.getHeader("Location")));
        String firstNumber = orderNumber(shopper.get("/order/thanks").then().statusCode(200).extract().asString());
        Response second = shopper.post("/checkout", address(key));
        second.then().statusCode(303);

        String thanks = shopper.get("/order/thanks").then().statusCode(200).extract().asString();
        assertTrue(thanks.contains("ご注文ありがとうございました"));
        String number = orderNumber(thanks);
        assertEquals(firstNumber, number, "the second press answers with the same order");
        assertTrue(thanks.contains("¥1,904"), "3 × ¥378 + ¥770 shipping");
        assertTrue(thanks.contains("8%対象（軽減税率）"), "the reduced-rate part is listed");

        Shopper later = new Shopper();
        later.get("/order/lookup");
        String found = later.post("/order/lookup", Map.of("number", number, "email", "hanako@example.jp")).then()
                .statusCode(200).extract().asString();
        assertTrue(found.contains(number) && found.contains("ご注文を受け付けました"));
        String wrong = later.post("/order/lookup", Map.of("number", number, "email", "someone@example.jp")).then()
                .statusCode(404).extract().asString();
        assertTrue(wrong.contains("ご注文が見つかりませんでした。"));
        assertTrue(shopper.get("/cart").asString().contains("カートは空です。"), "the cart was used once");
    }

    @Test
    void aShippedOrderShowsTheShopperItsTrackingNumber() {
        Shopper shopper = new Shopper();
        shopper.get("/product/EG-BAG-01");
        shopper.post("/cart/add", Map.of("sku", "EG-BAG-01", "quantity", "1"));
        shopper.post("/checkout", address(key(shopper.get("/checkout").asString()))).then().statusCode(303);
        String number = orderNumber(shopper.get("/order/thanks").then().statusCode(200).extract().asString());

        var shop = ShopStack.get();
        ShopApi staff = new ShopApi(shop.ownerToken());
        String status = shop.url("cart-service") + "/api/staff/orders/" + number + "/status";
        assertEquals(200, staff.post(status, "{\"status\":\"paid\"}").status());
        ShopApi.Reply shipped = staff.post(status, "{\"status\":\"shipped\",\"trackingNumber\":\"4455-6677-8899\"}");
        assertEquals(200, shipped.status(), shipped.body());

        Shopper later = new Shopper();
        later.get("/order/lookup");
        String found = later.post("/order/lookup", Map.of("number", number, "email", "hanako@example.jp")).then()
                .statusCode(200).extract().asString();
        assertTrue(found.contains("発送しました") && found.contains("お問い合わせ伝票番号"), found);
        assertTrue(found.contains("<dd class=\"tracking-number\">4455-6677-8899</dd>"), found);
    }

    @Test
    void theThankYouPageCarriesASecretLinkAndGuestsAreNotOfferedPoints() {
        Shopper shopper = new Shopper();
        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "1"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        assertFalse(form.contains("name=\"usePoints\""), "a guest checkout has no points field");
        Map<String, String> withPoints = address(key(form));
        withPoints.put("usePoints", "5"); // a crafted form: still no points are spent, nor any balance shown
        shopper.post("/checkout", withPoints).then().statusCode(303);
        String thanks = shopper.get("/order/thanks").then().statusCode(200).extract().asString();
        String number = orderNumber(thanks);
        Matcher link = Pattern.compile("href=\"(/order/link/[A-Za-z0-9_-]{43})\"").matcher(thanks);
        assertTrue(link.find(), "the thank-you page links the order's secret page");

        Shopper elsewhere = new Shopper();
        String page = elsewhere.get(link.group(1)).then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        assertTrue(page.contains(number), "the link shows the order without the e-mail step");
        String wrong =
                link.group(1).substring(0, link.group(1).length() - 1) + (link.group(1).endsWith("A") ? "B" : "A");
        assertTrue(elsewhere.get(wrong).then().statusCode(404).extract().asString().contains("このリンクは無効です。"));
        elsewhere.get("/order/link/%3Cscript%3E").then().statusCode(404);
    }

    @Test
    void aFewMissedLookupsForOneEmailAre429WithRetryAfterAndAFriendlyPage() {
        Shopper guesser = new Shopper();
        guesser.get("/order/lookup");
        String email = "guessed-" + System.nanoTime() + "@example.jp";
        for (int i = 0; i < 5; i++) {
            guesser.post("/order/lookup", Map.of("number", "DZ-261203-" + (1000 + i), "email", email)).then()
                    .statusCode(404);
        }
        Response refused = guesser.post("/order/lookup", Map.of("number", "DZ-261203-2000", "email", email));
        refused.then().statusCode(429).contentType("text/html");
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, "a 429 says when to come back");
        assertTrue(refused.asString().contains("しばらく確認できません"), refused.asString());
    }

    /**
     * The storefront relays X-Forwarded-For plus the peer it saw (RelayedAddressHeaders), and cart-service counts misses
     * per shopper address, not once for the whole storefront: one shopper locked out leaves the next one alone.
     */
    @Test
    void lookupMissesAreCountedPerRelayedShopperAddress() {
        Shopper guesser = new Shopper();
        guesser.headers.put("X-Forwarded-For", "203.0.113.77");
        guesser.get("/order/lookup");
        for (int i = 0; i < 10; i++) {
            guesser.post("/order/lookup", Map.of("number", "DZ-261204-" + (1000 + i),
                    "email", "relay-" + i + "-" + System.nanoTime() + "@example.jp")).then().statusCode(404);
        }
        guesser.post("/order/lookup", Map.of("number", "DZ-261204-2000", "email", "relay-last@example.jp")).then()
                .statusCode(429);

        Shopper next = new Shopper();
        next.headers.put("X-Forwarded-For", "203.0.113.78");
        next.get("/order/lookup");
        next.post("/order/lookup", Map.of("number", "DZ-261204-2000", "email", "relay-last@example.jp")).then()
                .statusCode(404);
    }

    static String orderNumber(String html) {
        Matcher m = Pattern.compile("class=\"order-number\">([^<]+)<").matcher(html);
        assertTrue(m.find(), "the order number is shown");
        return m.group(1);
    }
}
