package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.staff;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.api.ProblemTypes;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.AwkwardText;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.Utf8mb4;

/**
 * Every class of the text rule at cart-service's edges: the checkout address, campaigns, status and points notes.
 * Refused text is a 400 naming the field with no order, reservation or row written; accepted text comes back as sent.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class TextHygieneTest {
    private static final List<String> ADDRESS =
            List.of("fullName", "email", "postalCode", "prefecture", "city", "street",
                    "phone", "campaignCode");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void noReservationIsLeftOpen() {
        assertEquals(0, CatalogContract.openReservations());
    }

    @Test
    void refusedTextAtCheckoutNamesTheFieldAndPlacesNoOrder() {
        CatalogContract.product("HYG-TEA", 540, 8, 100);
        String cart = cartWith(Shop.items("HYG-TEA", 1));
        long orders = count("SELECT COUNT(*) FROM customer_order");
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            for (String field : ADDRESS) {
                String body = AwkwardText.escapedJson(order("hyg@example.jp", field, refused.getValue()));
                refused(checkout(cart, "hyg-" + SEQUENCE.incrementAndGet() + "-key", body), field, refused.getKey());
            }
        }
        for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
            for (String field : List.of("fullName", "city", "street")) {
                String body = AwkwardText.escapedJson(order("hyg@example.jp", field, bidi.getValue()));
                refused(checkout(cart, "hyg-" + SEQUENCE.incrementAndGet() + "-key", body), field, bidi.getKey());
            }
        }
        for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
            byte[] body = AwkwardText.withRawBytes(AwkwardText.escapedJson(order("hyg@example.jp", "street", "神宮前%s")),
                    invalid.getValue());
            refused(checkout(cart, "hyg-" + SEQUENCE.incrementAndGet() + "-key", body), "street", invalid.getKey());
        }
        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order"), "no order placed");
        assertEquals(0, count("SELECT COUNT(*) FROM checkout_attempt WHERE idempotency_key LIKE 'hyg-%'"),
                "no attempt kept");
        given().get("/api/carts/" + cart).then().body("lines.sku", contains("HYG-TEA"));
    }

    @Test
    void refusedTextInStaffNotesAndCampaignsNamesTheFieldAndStoresNothing() {
        CatalogContract.product("HYG-CUP", 1200, 10, 100);
        String number = Members.placeOrder("notes@example.jp", Shop.items("HYG-CUP", 1));
        long changes = count("SELECT COUNT(*) FROM order_status_change");
        long ledger = count("SELECT COUNT(*) FROM points_ledger");
        long campaigns = count("SELECT COUNT(*) FROM campaign");
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            refused(staff().contentType(ContentType.JSON).body(AwkwardText.escapedJson(Map.of("status", "shipped",
                    "note", refused.getValue()))).post("/api/staff/orders/" + number + "/status"), "note",
                    refused.getKey());
            refused(staff().contentType(ContentType.JSON).body(AwkwardText.escapedJson(Map.of("points", 1,
                    "note", refused.getValue()))).post("/api/staff/customers/notes@example.jp/points/expirations"),
                    "note", refused.getKey());
            refused(staff().contentType(ContentType.JSON)
                    .body(AwkwardText.escapedJson(campaign("HYG-R", refused.getValue())))
                    .post("/api/staff/campaigns"), "name", refused.getKey());
        }
        for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
            refused(staff().contentType(ContentType.JSON)
                    .body(AwkwardText.escapedJson(campaign("HYG-B", bidi.getValue())))
                    .post("/api/staff/campaigns"), "name", bidi.getKey());
        }
        assertEquals(changes, count("SELECT COUNT(*) FROM order_status_change"));
        assertEquals(ledger, count("SELECT COUNT(*) FROM points_ledger"));
        assertEquals(campaigns, count("SELECT COUNT(*) FROM campaign"));
        Shop.staffOrder(number).then().body("order.status", equalTo("placed"));
    }

    @Test
    void awkwardTextComesBackByteForByte() {
        CatalogContract.product("HYG-BAG", 2000, 10, 100);
        for (Map.Entry<String, String> awkward : AwkwardText.ONE_LINE.entrySet()) {
            String text = awkward.getValue();
            Map<String, Object> body = order("awkward@example.jp");
            body.putAll(Map.of("fullName", text, "city", text, "street", text));
            String number = Shop.checkout(cartWith(Shop.items("HYG-BAG", 1)), body).then().statusCode(201)
                    .body("address.fullName", equalTo(text)).extract().path("orderNumber");
            Map<String, Object> address = given().contentType(ContentType.JSON)
                    .body(Map.of("orderNumber", number, "email", "awkward@example.jp")).post("/api/orders/lookup")
                    .then().statusCode(200).extract().path("address");
            assertEquals(List.of(text, text, text), List.of(address.get("fullName"), address.get("city"),
                    address.get("street")), awkward.getKey());

            String code = "HYG-OK-" + SEQUENCE.incrementAndGet();
            staff().contentType(ContentType.JSON).body(campaign(code, text)).post("/api/staff/campaigns").then()
                    .statusCode(201);
            assertEquals(text,
                    staff().get("/api/staff/campaigns").then().extract()
                            .path("find { it.code == '" + code + "' }.name"),
                    awkward.getKey());
        }
        String number = Members.placeOrder("awkward@example.jp", Shop.items("HYG-BAG", 1));
        for (Map.Entry<String, String> awkward : AwkwardText.MULTI_LINE.entrySet()) {
            String text = awkward.getValue();
            staff().contentType(ContentType.JSON).body(AwkwardText.escapedJson(Map.of("points", 1, "note", text)))
                    .post("/api/staff/customers/awkward@example.jp/points/expirations").then().statusCode(200);
            List<String> notes = staff().get("/api/staff/customers/awkward@example.jp/points").then().extract()
                    .path("ledger.note");
            assertEquals(1, notes.stream().filter(text::equals).count(), awkward.getKey());
        }
        String note = AwkwardText.MULTI_LINE.get("CRLF, LF, CR and tabs") + AwkwardText.MULTI_LINE.get("bidi controls");
        Shop.changeStatus(number, "paid", note).then().statusCode(200);
        assertEquals(note, Shop.staffOrder(number).then().extract().path("history.find { it.status == 'paid' }.note"));
    }

    @Test
    void theServiceTalksToMariaDbInUtf8mb4Everywhere() {
        Utf8mb4.assertEverywhere(dataSource);
    }

    private static Response checkout(String cart, String key, String body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/carts/" + cart + "/checkout");
    }

    private static Response checkout(String cart, String key, byte[] body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/carts/" + cart + "/checkout");
    }

    /** A campaign that starts long after the tests, so no other test's checkout earns its points. */
    private static Map<String, Object> campaign(String code, String name) {
        return Map.of("code", code, "name", name, "pointsMultiplier", 2, "startsAt", "2037-01-01T00:00:00+09:00",
                "endsAt", "2037-02-01T00:00:00+09:00");
    }

    private static void refused(Response response, String field, String what) {
        assertEquals(400, response.statusCode(), what + " in " + field + ": " + response.asString());
        assertEquals(ProblemTypes.INVALID_TEXT, response.path("type"),
                what + " in " + field + ": " + response.asString());
        response.then().contentType("application/problem+json").body("type", equalTo(ProblemTypes.INVALID_TEXT))
                .body("errors.field", contains(field));
    }
}
