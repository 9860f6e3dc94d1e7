package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** The checkout flow and its bad inputs, against the catalog contract server. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class CheckoutFlowTest {

    @AfterEach
    void everyReservationEndedCommittedOrReleased() {
        assertEquals(0, CatalogContract.openReservations());
    }

    @Test
    void anOrderSnapshotsItsLinesAndRoundsTaxOncePerRate() {
        // Prices chosen so that rounding per line would lose a yen at each rate:
        // 8 %: 160 + 170 = 330 → floor(330 × 8 / 108) = 24 (per line: 11 + 12 = 23)
        // 10 %: 105 + 106 + 770 shipping = 981 → floor(981 × 10 / 110) = 89 (per line: 9 + 9 + 70 = 88)
        CatalogContract.product("TAX-A", "有機ほうじ茶ティーバッグ", 160, 8, false, 10);
        CatalogContract.product("TAX-B", "黒糖ふ菓子", 170, 8, false, 10);
        CatalogContract.product("TAX-C", "麻ひも", 105, 10, false, 10);
        CatalogContract.product("TAX-D", "竹の楊枝", 106, 10, false, 10);
        String cart = cartWith(Shop.items("TAX-A", 1, "TAX-B", 1, "TAX-C", 1, "TAX-D", 1));
        JsonPath placed = checkout(cart, order("Tax@Example.JP")).then().statusCode(201)
                .body("orderNumber", matchesPattern("DZ-\\d{6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("status", equalTo("placed"))
                .body("email", equalTo("tax@example.jp"))
                .body("itemsTotalYen", equalTo(541)).body("shippingFeeYen", equalTo(770)).body("coolFeeYen", equalTo(0))
                .body("totalYen", equalTo(1311)).body("amountDueYen", equalTo(1311))
                .body("taxes.rate", contains(8, 10))
                .body("taxes.subtotalYen", contains(330, 981)).body("taxes.taxYen", contains(24, 89))
                .body("address.postalCode", equalTo("150-0001")).body("address.prefecture", equalTo("東京都"))
                .body("history.status", contains("placed"))
                .extract().jsonPath();
        assertEquals(List.of("TAX-A", "TAX-B", "TAX-C", "TAX-D"), placed.getList("lines.sku"));
        assertEquals("有機ほうじ茶ティーバッグ", placed.getString("lines[0].name"));
        assertEquals(List.of(160, 170, 105, 106), placed.getList("lines.unitPriceYen"));
        assertEquals(List.of(8, 8, 10, 10), placed.getList("lines.taxRate"));

        // The snapshot stays when the catalogue changes its price and name.
        CatalogContract.product("TAX-A", "新しい名前", 999, 10, false, 10);
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", placed.getString("orderNumber"),
                "email", "tax@example.jp")).post("/api/orders/lookup").then().statusCode(200)
                .body("lines[0].name", equalTo("有機ほうじ茶ティーバッグ")).body("lines[0].unitPriceYen", equalTo(160))
                .body("lines[0].taxRate", equalTo(8));
        assertEquals("COMMITTED", CatalogContract.reservationStatus(Shop.orderId(placed.getString("orderNumber"))));
        given().get("/api/carts/" + cart).then().body("lines", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void coolDeliveryAndFreeShippingAreWorkedOutFromConfiguration() {
        CatalogContract.product("FR-VEG", "季節の有機野菜セット", 2160, 8, true, 10);
        CatalogContract.product("OF-RICE", "有機玄米 5kg", 4860, 8, false, 10);
        CatalogContract.product("EG-WRAP", "みつろうラップ", 1980, 10, false, 10);
        // 2,160 + 1,980 = 4,140 < 5,500: shipping 770 and the cool surcharge 330, both at 10 %.
        checkout(cartWith(Map.of("FR-VEG", 1, "EG-WRAP", 1)), order("cool@example.jp")).then().statusCode(201)
                .body("shippingFeeYen", equalTo(770)).body("coolFeeYen", equalTo(330)).body("totalYen", equalTo(5240))
                .body("taxes.subtotalYen", contains(2160, 1980 + 770 + 330)).body("taxes.taxYen", contains(160, 280));
        // 4,860 + 1,980 = 6,840 ≥ 5,500: no shipping fee.
        checkout(cartWith(Map.of("OF-RICE", 1, "EG-WRAP", 1)), order("free@example.jp")).then().statusCode(201)
                .body("shippingFeeYen", equalTo(0)).body("totalYen", equalTo(6840))
                .body("taxes.subtotalYen", contains(4860, 1980)).body("taxes.taxYen", contains(360, 180));
    }

    @Test
    void theSameKeyAndBodyGiveTheSameOrderAndAnotherBodyIs422() {
        CatalogContract.product("IDEM-1", 1296, 8, 10);
        String cart = cartWith(Map.of("IDEM-1", 2));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = order("idem@example.jp");
        String first = checkout(cart, key, body).then().statusCode(201).extract().asString();
        String again = checkout(cart, key, body).then().statusCode(200).extract().asString();
        // The same order; only the secret link is new (each answer mints one, see ShopperPrivacyTest).
        String noLink = "\"lookupToken\":\"[A-Za-z0-9_-]{43}\"";
        assertEquals(first.replaceAll(noLink, ""), again.replaceAll(noLink, ""),
                "a replay answers the very same order");

        Map<String, Object> changed = order("idem@example.jp", "paymentMethod", "cash_on_delivery");
        checkout(cart, key, changed).then().statusCode(422).contentType("application/problem+json");
        checkout(Shop.newCart(), key, body).then().statusCode(422);
        assertEquals(1, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?", key));
        assertEquals(8, CatalogContract.available("IDEM-1"), "reserved once");
    }

    @Test
    void postalCodesAreNormalisedInEveryCommonSpelling() {
        CatalogContract.product("POST-1", 500, 10, 100);
        for (String typed : List.of("〒150-0001", "150-0001", "1500001", "〒 1500001", "１５０－０００１")) {
            checkout(cartWith(Map.of("POST-1", 1)), order("post@example.jp", "postalCode", typed)).then()
                    .statusCode(201)
                    .body("address.postalCode", equalTo("150-0001"));
        }
    }

    @Test
    void badCheckoutsAreRefusedNamingTheFieldAndReserveNothing() {
        CatalogContract.product("BAD-1", 800, 10, 10);
        String cart = cartWith(Map.of("BAD-1", 1));
        long orders = count("SELECT COUNT(*) FROM customer_order");
        int reserveCalls = CatalogContract.calls("reserve");

        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("postalCode", "12-345");
        cases.put("prefecture", "東京");
        cases.put("phone", "12345");
        cases.put("fullName", " ");
        cases.put("city", null);
        cases.put("paymentMethod", "credit_card");
        cases.put("usePoints", -1);
        cases.put("email", "not-an-email");
        for (Map.Entry<String, Object> bad : cases.entrySet()) {
            expect400(cart, order("bad@example.jp", bad.getKey(), bad.getValue()), bad.getKey());
        }
        expect400(cart, order("hanako@localhost"), "email");
        Map<String, Object> manyBad = order("bad@example.jp", "postalCode", "abc");
        manyBad.put("prefecture", "Tokyo");
        checkout(cart, manyBad).then().statusCode(400).body("errors.field", contains("postalCode", "prefecture"));
        given().contentType(ContentType.JSON).body(order("bad@example.jp")).post("/api/carts/" + cart + "/checkout")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        checkout(cart, "short", order("bad@example.jp")).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        checkout(Shop.newCart(), order("bad@example.jp")).then().statusCode(422)
                .contentType("application/problem+json");
        checkout("no-such-cart", order("bad@example.jp")).then().statusCode(404);

        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order"), "no order, not even half of one");
        assertEquals(reserveCalls, CatalogContract.calls("reserve"), "nothing was reserved for a bad request");
        assertEquals(0, count("SELECT COUNT(*) FROM checkout_attempt WHERE state = 'PENDING'"));
    }

    @Test
    void aProductTakenOffSaleStopsTheCheckoutNamingIt() {
        CatalogContract.product("GONE-1", 700, 10, 10);
        CatalogContract.product("STAY-1", 700, 10, 10);
        String cart = cartWith(Map.of("STAY-1", 1, "GONE-1", 1));
        CatalogContract.unpublish("GONE-1");
        given().get("/api/carts/" + cart).then().statusCode(200).body("checkoutReady", equalTo(false))
                .body("lines.find { it.sku == 'GONE-1' }.available", equalTo(false))
                .body("lines.find { it.sku == 'GONE-1' }.name", nullValue());
        String key = UUID.randomUUID().toString();
        checkout(cart, key, order("gone@example.jp")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("GONE-1"));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'gone@example.jp'"));

        given().delete("/api/carts/" + cart + "/items/GONE-1").then().statusCode(200);
        checkout(cart, key, order("gone@example.jp")).then().statusCode(201);
    }

    @Test
    void stockThatRanOutSinceTheCartWasFilledIs409NamingTheSku() {
        CatalogContract.product("LOW-1", 1100, 10, 5);
        String cart = cartWith(Map.of("LOW-1", 3));
        CatalogContract.product("LOW-1", 1100, 10, 2);
        checkout(cart, order("low@example.jp")).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("LOW-1"));
        assertEquals(2, CatalogContract.available("LOW-1"));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'low@example.jp'"));
    }

    @Test
    void fullWidthPostalCodeAndPhoneAsAnImeTypesThemAreStoredNormalised() {
        CatalogContract.product("PR-IME", 500, 10, 10);
        Map<String, Object> typed = order("ime@example.jp", "postalCode", "１５０－０００１");
        typed.put("phone", "０３－１２３４－５６７８");
        checkout(cartWith(Shop.items("PR-IME", 1)), typed).then().statusCode(201)
                .body("address.postalCode", equalTo("150-0001")).body("address.phone", equalTo("03-1234-5678"));
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        CatalogContract.product("PR-BAD", 500, 10, 10);
        Map<String, Object> bad = order("bad@example.jp", "postalCode", "12-34");
        bad.put("prefecture", "Tokyo");
        bad.put("phone", "12345");
        bad.remove("paymentMethod");
        checkout(cartWith(Shop.items("PR-BAD", 1)), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("paymentMethod", "phone", "postalCode", "prefecture"));
    }

    private static void expect400(String cart, Map<String, Object> body, String field) {
        checkout(cart, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
