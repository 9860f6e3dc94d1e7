package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * The Japanese checkout over HTTP: the confirmation quote, the order that stores the same figures and choices,
 * the delivery terms, and every refusal with its field and reason (nothing reserved, nothing written).
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class CheckoutRulesTest {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @AfterEach
    void nothingIsLeftReserved() {
        assertEquals(0, CatalogContract.openReservations());
    }

    private static Response quote(String cart, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/carts/" + cart + "/quote");
    }

    private static JsonPath terms() {
        return given().get("/api/delivery-terms").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theQuoteShowsEveryFeeAndTheOrderChargesExactlyThat() {
        CatalogContract.product("RULE-TOFU", "絹ごし豆腐", 324, 8, true, 100);
        CatalogContract.product("RULE-TOWEL", "今治タオル", 1100, 10, false, 100);
        String cart = cartWith(Shop.items("RULE-TOFU", 12, "RULE-TOWEL", 1));
        String date = terms().getString("earliestDate");
        Map<String, Object> body = order("rules@example.jp");
        body.putAll(Map.of("prefecture", "北海道", "paymentMethod", "cash_on_delivery", "deliveryDate", date,
                "deliverySlot", "14-16", "lang", "en"));
        long orders = count("SELECT COUNT(*) FROM customer_order");

        // Items 324 × 12 = 3,888 (8 %) + 1,100 (10 %) = 4,988 < 5,500: 北海道 1,320. 12 cool units → 2 parcels ×
        // 330 = 660. Collected before the COD fee 4,988 + 1,320 + 660 = 6,968 < 10,000 → 330. Total 7,298.
        // 8 %: 3,888, tax 3,888 × 8 / 108 = 288. 10 %: 1,100 + 1,320 + 660 + 330 = 3,410, tax floor(310.0) = 310.
        quote(cart, body).then().statusCode(200)
                .body("lines.sku", contains("RULE-TOFU", "RULE-TOWEL")).body("itemsTotalYen", equalTo(4988))
                .body("shippingFeeYen", equalTo(1320)).body("coolFeeYen", equalTo(660))
                .body("codFeeYen", equalTo(330)).body("totalYen", equalTo(7298)).body("amountDueYen", equalTo(7298))
                .body("taxes.subtotalYen", contains(3888, 3410)).body("taxes.taxYen", contains(288, 310))
                .body("taxesAfterPoints.subtotalYen", contains(3888, 3410))
                .body("delivery.date", equalTo(date)).body("delivery.slot", equalTo("14-16"))
                .body("delivery.earliestDate", equalTo(date)).body("delivery.fullNameKana", equalTo("ヤマダ ハナコ"))
                .body("payment.method", equalTo("cash_on_delivery")).body("payment.deadline", nullValue())
                .body("payment.bankAccount", nullValue()).body("termsKey", equalTo("terms.cancellation-returns"));
        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order"), "a quote writes no order");
        given().get("/api/carts/" + cart).then().statusCode(200).body("lines.sku", contains("RULE-TOFU", "RULE-TOWEL"));

        String number = checkout(cart, body).then().statusCode(201)
                .body("totalYen", equalTo(7298)).body("codFeeYen", equalTo(330))
                .body("taxes.subtotalYen", contains(3888, 3410)).body("fullNameKana", equalTo("ヤマダ ハナコ"))
                .body("delivery.date", equalTo(date)).body("delivery.slot", equalTo("14-16"))
                .body("lang", equalTo("en")).body("payment.deadline", nullValue())
                .extract().path("orderNumber");
        assertEquals(1, count("SELECT COUNT(*) FROM customer_order WHERE order_number = ? AND cod_fee = 330"
                + " AND delivery_slot = '14-16' AND delivery_date = ? AND privacy_consent_at IS NOT NULL"
                + " AND privacy_policy_version = '2026-12-01' AND full_name_kana = 'ヤマダ ハナコ' AND lang = 'en'"
                + " AND due_subtotal8 = 3888 AND due_subtotal10 = 3410", number, date));
    }

    @Test
    void aBankTransferIsDueSevenJapaneseDaysLaterToTheShopsAccount() {
        CatalogContract.product("RULE-RICE", 2000, 8, 100);
        String cart = cartWith(Shop.items("RULE-RICE", 1));
        String due = LocalDate.now(JAPAN).plusDays(7).toString();
        quote(cart, order("transfer@example.jp")).then().statusCode(200)
                .body("payment.deadline", equalTo(due)).body("payment.bankAccount.bank", equalTo("ゆうちょ銀行"))
                .body("payment.bankAccount.number", equalTo("1234567")).body("delivery.date", nullValue())
                .body("shippingFeeYen", equalTo(770)).body("codFeeYen", equalTo(0));
        checkout(cart, order("transfer@example.jp")).then().statusCode(201)
                .body("payment.deadline", equalTo(due)).body("payment.bankAccount.holder", equalTo("カ）ドゾ"));
    }

    @Test
    void datesSlotsConsentKanaAndTheCodLimitAreRefusedWithTheReason() {
        CatalogContract.product("RULE-SOAP", 660, 10, 1000);
        CatalogContract.product("RULE-GOLD", 150_000, 10, 10);
        String cart = cartWith(Shop.items("RULE-SOAP", 1));
        JsonPath terms = terms();
        LocalDate earliest = LocalDate.parse(terms.getString("earliestDate"));
        LocalDate latest = LocalDate.parse(terms.getString("latestDate"));
        long orders = count("SELECT COUNT(*) FROM customer_order");

        refused(cart, order("r@example.jp", "deliveryDate", LocalDate.now(JAPAN).minusDays(1).toString()),
                "deliveryDate", "passed");
        refused(cart, order("r@example.jp", "deliveryDate", earliest.minusDays(1).toString()), "deliveryDate",
                "earliest delivery date is " + earliest);
        refused(cart, order("r@example.jp", "deliveryDate", latest.plusDays(1).toString()), "deliveryDate",
                "latest delivery date is " + latest);
        refused(cart, order("r@example.jp", "deliveryDate", "2027-02-30"), "deliveryDate", "no such date");
        refused(cart, order("r@example.jp", "deliveryDate", "12/10"), "deliveryDate", "2026-12-10");
        refused(cart, order("r@example.jp", "deliverySlot", "20-22"), "deliverySlot", "unknown time slot");
        refused(cart, order("r@example.jp", "privacyConsent", false), "privacyConsent", "privacy policy");
        Map<String, Object> noConsent = order("r@example.jp");
        noConsent.remove("privacyConsent");
        refused(cart, noConsent, "privacyConsent", "privacy policy");
        refused(cart, order("r@example.jp", "fullNameKana", "山田 花子"), "fullNameKana", "katakana");
        refused(cart, order("r@example.jp", "lang", "fr"), "lang", "ja or en");
        refused(cart, order("r@example.jp", "newsletter", true), "newsletterWording", "wording");
        // 150,000 × 2 = 300,000 yen: shipping free, so 300,000 collected: the COD limit itself.
        String gold = cartWith(Shop.items("RULE-GOLD", 2));
        refused(gold, order("r@example.jp", "paymentMethod", "cash_on_delivery"), "paymentMethod",
                "under 300000 yen");
        checkout(gold, order("r@example.jp")).then().statusCode(201); // the same by bank transfer is fine
        assertEquals(orders + 1, count("SELECT COUNT(*) FROM customer_order"));
    }

    /** The quote and the checkout refuse alike: 400, the field, the reason. */
    private static void refused(String cart, Map<String, Object> body, String field, String reason) {
        for (Response answer : new Response[]{quote(cart, body), checkout(cart, body)}) {
            answer.then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field))
                    .body("errors.find { it.field == '" + field + "' }.message", containsString(reason));
        }
    }

    @Test
    void theDeliveryTermsListFeesTiersSlotsAndDates() {
        JsonPath terms = terms();
        assertEquals(47, terms.getList("fees").size());
        assertEquals(1320, terms.getInt("fees.find { it.prefecture == '北海道' }.feeYen"));
        assertEquals(770, terms.getInt("fees.find { it.prefecture == '東京都' }.feeYen"));
        assertEquals(1650, terms.getInt("fees.find { it.prefecture == '沖縄県' }.feeYen"));
        assertEquals(10, terms.getInt("cool.unitsPerParcel"));
        assertEquals(300_000, terms.getInt("cashOnDelivery.limitYen"));
        assertEquals(330, terms.getInt("cashOnDelivery.tiers[0].feeYen"));
        assertEquals(java.util.List.of("am", "14-16", "16-18", "18-20", "19-21"), terms.getList("slots"));
        assertEquals(terms.getString("earliestDate"), terms.getString("dates[0].date"));
        assertEquals(15, terms.getList("dates").size(), "the earliest date and 14 more");
        assertEquals(LocalDate.parse(terms.getString("earliestDate")).getDayOfWeek().getValue() >= 6,
                terms.getBoolean("dates[0].shopClosed"), "the shop is closed on Saturdays and Sundays");
    }
}
