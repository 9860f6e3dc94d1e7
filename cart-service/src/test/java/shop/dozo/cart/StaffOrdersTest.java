package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.changeStatus;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.placeOrder;
import static shop.dozo.cart.Shop.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** The staff order desk, the shopper's order lookup, and review-service's purchase check. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class StaffOrdersTest {
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

    @BeforeEach
    void products() {
        CatalogContract.product("ST-SOAP", "無添加 米ぬか石けん", 660, 10, false, 1000);
        CatalogContract.product("ST-TEA", "有機 煎茶", 1080, 8, false, 1000);
    }

    record Call(Method method, String path) {
    }

    @Test
    void staffEndpointsRefuseAnonymousAndNonStaffCallers() {
        List<Call> calls = List.of(new Call(Method.GET, "/api/staff/orders"),
                new Call(Method.GET, "/api/staff/orders/DZ-260701-1234"),
                new Call(Method.POST, "/api/staff/orders/DZ-260701-1234/status"),
                new Call(Method.GET, "/api/staff/campaigns"), new Call(Method.POST, "/api/staff/campaigns"),
                new Call(Method.POST, "/api/staff/campaigns/X/end"),
                new Call(Method.GET, "/api/staff/customers/a@example.jp/points"),
                new Call(Method.POST, "/api/staff/customers/a@example.jp/points/expirations"),
                new Call(Method.GET, "/api/staff/export/orders"), new Call(Method.POST, "/api/staff/import/orders"));
        for (Call call : calls) {
            given().contentType(ContentType.JSON).body("{}").request(call.method(), call.path()).then()
                    .statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body("{}")
                    .request(call.method(), call.path()).then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2("not.a.token").get("/api/staff/orders").then().statusCode(401);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body("{}")
                .post("/api/staff/import/orders").then().statusCode(403);
    }

    @Test
    void staffFindOrdersByEmailNumberStatusAndDays() {
        String first = placeOrder("Sato.Search@example.jp", Map.of("ST-SOAP", 1));
        String second = placeOrder("sato.search@example.jp", Map.of("ST-TEA", 2));
        placeOrder("other.search@example.jp", Map.of("ST-SOAP", 3));

        staff().queryParam("email", "SATO.SEARCH").get("/api/staff/orders").then().statusCode(200)
                .body("total", equalTo(2)).body("items.orderNumber", contains(second, first))
                .body("items[0].itemCount", equalTo(2)).body("items[0].totalYen", equalTo(2160 + 770));
        staff().queryParam("number", second.toLowerCase().replace("-", "")).get("/api/staff/orders").then()
                .body("total", equalTo(1)).body("items[0].orderNumber", equalTo(second));
        staff().queryParam("email", "search@example.jp").queryParam("from", TODAY).queryParam("to", TODAY)
                .get("/api/staff/orders").then().body("total", equalTo(3));
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        staff().queryParam("email", "search@example.jp").queryParam("to", yesterday).get("/api/staff/orders")
                .then().body("total", equalTo(0));
        staff().queryParam("email", "search@example.jp").queryParam("size", 1).queryParam("page", 1)
                .get("/api/staff/orders").then().body("items.orderNumber", contains(second)).body("total", equalTo(3));
        changeStatus(first, "paid", null).then().statusCode(200);
        staff().queryParam("email", "search@example.jp").queryParam("status", "paid").get("/api/staff/orders").then()
                .body("items.orderNumber", contains(first)).body("items.status", everyItem(equalTo("paid")));
        staff().queryParam("email", "_%").get("/api/staff/orders").then().body("total", equalTo(0));

        staff().queryParam("from", "25/07/2026").get("/api/staff/orders").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        staff().queryParam("from", TODAY).queryParam("to", yesterday).get("/api/staff/orders").then().statusCode(400);
        staff().queryParam("size", 101).get("/api/staff/orders").then().statusCode(400).body("errors.field",
                hasItem("size"));
        staff().queryParam("status", "lost").get("/api/staff/orders").then().statusCode(400);
    }

    @Test
    void aBankTransferOrderIsPaidThenShippedAndKeepsItsHistory() {
        String number = placeOrder("flow@example.jp", Map.of("ST-SOAP", 1));
        changeStatus(number, "shipped", null).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("status")).body("current.order.status", equalTo("placed"));
        changeStatus(number, "paid", "振込確認").then().statusCode(200).body("order.status", equalTo("paid"))
                .body("allowedNext", contains("shipped", "cancelled"));
        changeStatus(number, "placed", null).then().statusCode(409);
        changeStatus(number, "shipped", "ヤマト 1234-5678-9012").then().statusCode(200)
                .body("allowedNext", equalTo(List.of()));
        changeStatus(number, "cancelled", null).then().statusCode(409);
        changeStatus(number, "refunded", null).then().statusCode(400).body("errors.field", hasItem("status"));
        changeStatus("DZ-000000-0000", "paid", null).then().statusCode(404);

        Shop.staffOrder(number).then().statusCode(200)
                .body("history.status", contains("placed", "paid", "shipped"))
                .body("history.actor", contains("flow@example.jp", "staff@dozo.test", "staff@dozo.test"))
                .body("history.note", contains(null, "振込確認", "ヤマト 1234-5678-9012"))
                .body("order.history.status", contains("placed", "paid", "shipped"));
    }

    @Test
    void cashOnDeliveryShipsFirstAndIsPaidOnArrival() {
        String number = checkout(cartWith(Map.of("ST-TEA", 1)), order("cod@example.jp", "paymentMethod",
                "cash_on_delivery")).then().statusCode(201).extract().path("orderNumber");
        changeStatus(number, "shipped", null).then().statusCode(200).body("allowedNext", contains("paid"));
        changeStatus(number, "paid", "代引き回収").then().statusCode(200).body("allowedNext", equalTo(List.of()));
        changeStatus(number, "shipped", null).then().statusCode(409);
    }

    @Test
    void cancellingACommittedOrderLeavesItsStockSoldForStaffToReturnByHand() {
        String number = placeOrder("cancel@example.jp", Map.of("ST-SOAP", 2));
        int before = CatalogContract.available("ST-SOAP");
        changeStatus(number, "cancelled", "お客様都合").then().statusCode(200).body("order.status", equalTo("cancelled"))
                .body("stockState", equalTo("COMMITTED")).body("allowedNext", equalTo(List.of()));
        assertEquals(before, CatalogContract.available("ST-SOAP"));
        changeStatus(number, "paid", null).then().statusCode(409);
    }

    @Test
    void cancellingBeforeTheStockWasCommittedReleasesIt() {
        CatalogContract.product("ST-HELD", 500, 10, 5);
        CatalogContract.fault("commit", "DOWN", 1);
        String number = placeOrder("held@example.jp", Map.of("ST-HELD", 2));
        String id = Shop.orderId(number);
        assertEquals("RESERVED", CatalogContract.reservationStatus(id));
        changeStatus(number, "cancelled", null).then().statusCode(200).body("stockState", equalTo("RELEASED"));
        assertEquals("RELEASED", CatalogContract.reservationStatus(id));
        assertEquals(5, CatalogContract.available("ST-HELD"));
        assertEquals(0, Shop.count("SELECT COUNT(*) FROM pending_release"));
    }

    @Test
    void shoppersLookUpAnOrderByNumberAndEmailAndLearnNothingFromAWrongPair() {
        String number = placeOrder("Lookup@Example.jp", Map.of("ST-TEA", 1));
        lookup(number, "lookup@example.jp").then().statusCode(200).body("orderNumber", equalTo(number))
                .body("lines[0].sku", equalTo("ST-TEA")).body("status", equalTo("placed"))
                .body("$", not(org.hamcrest.Matchers.hasKey("id")));
        lookup(number.toLowerCase().replace("-", " "), " LOOKUP@example.jp ").then().statusCode(200);
        String wrongEmail = lookup(number, "someone@example.jp").then().statusCode(404).extract().path("detail");
        String wrongNumber =
                lookup("DZ-000000-0000", "lookup@example.jp").then().statusCode(404).extract().path("detail");
        assertEquals(wrongEmail, wrongNumber);
        lookup("", "lookup@example.jp").then().statusCode(400);
        given().queryParam("number", number).queryParam("email", "lookup@example.jp").get("/api/orders/lookup").then()
                .statusCode(200).body("orderNumber", equalTo(number));
        given().queryParam("number", number).queryParam("email", "x@example.jp").get("/api/orders/lookup").then()
                .statusCode(404);
    }

    @Test
    void reviewServiceLearnsOnlyYesOrNo() {
        String number = placeOrder("review@example.jp", Map.of("ST-SOAP", 1));
        verify(number, "REVIEW@example.jp", "ST-SOAP").then().statusCode(200).body("verified", equalTo(true));
        verify(number, "review@example.jp", "ST-TEA").then().statusCode(200).body("verified", equalTo(false));
        verify(number, "x@example.jp", "ST-SOAP").then().statusCode(200).body("verified", equalTo(false));
        verify("DZ-000000-0000", "review@example.jp", "ST-SOAP").then().statusCode(200).body("verified",
                equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", number, "email", "review@example.jp",
                "sku", "ST-SOAP")).post("/internal/purchases/verify").then().statusCode(401);
        changeStatus(number, "cancelled", null).then().statusCode(200);
        verify(number, "review@example.jp", "ST-SOAP").then().body("verified", equalTo(false));
    }

    private static io.restassured.response.Response lookup(String number, String email) {
        return given().contentType(ContentType.JSON).body(Map.of("orderNumber", number, "email", email))
                .post("/api/orders/lookup");
    }

    private static io.restassured.response.Response verify(String number, String email, String sku) {
        return given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY).contentType(ContentType.JSON)
                .body(Map.of("orderNumber", number, "email", email, "sku", sku)).post("/internal/purchases/verify");
    }
}
