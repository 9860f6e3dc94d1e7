package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ReservationTest {

    @Test
    void fiftyParallelReservationsForTenUnitsNeverOversell() throws Exception {
        product("RSV-RACE-1", 10);
        ExecutorService pool = Executors.newFixedThreadPool(26);
        AtomicBoolean racing = new AtomicBoolean(true);
        // Watches the stock while the race runs: it must never be seen below zero.
        Future<List<Integer>> watched = pool.submit(() -> {
            List<Integer> seen = new ArrayList<>();
            while (racing.get()) {
                seen.add(available("RSV-RACE-1"));
            }
            return seen;
        });
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = "race-order-" + i;
            attempts.add(() -> reserve(id, "RSV-RACE-1", 1).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(attempts)) {
            statuses.add(result.get());
        }
        racing.set(false);
        List<Integer> seen = watched.get();
        pool.shutdown();
        System.out.printf("50 parallel reservations of 1 unit, stock 10: %d succeeded, %d refused, stock seen %s%n",
                statuses.stream().filter(status -> status == 200).count(),
                statuses.stream().filter(status -> status == 409).count(), seen.stream().distinct().toList());
        assertEquals(10, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(40, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertTrue(seen.stream().allMatch(units -> units >= 0), seen.toString());
        assertEquals(0, available("RSV-RACE-1"));
        assertEquals(0, ledgerSum("RSV-RACE-1"), "the ledger adds up to the stock");

        // Repeating every reservation id answers the same result and books nothing more.
        for (int i = 0; i < 50; i++) {
            reserve("race-order-" + i, "RSV-RACE-1", 1).then().statusCode(statuses.get(i));
        }
        assertEquals(0, available("RSV-RACE-1"));
        assertEquals(0, ledgerSum("RSV-RACE-1"));
    }

    @Test
    void theSameIdRetriedConcurrentlyBooksOnce() throws Exception {
        product("RSV-RETRY-1", 5);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> retries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            retries.add(() -> reserve("retried-order-1", "RSV-RETRY-1", 2).then().extract().statusCode());
        }
        for (Future<Integer> result : pool.invokeAll(retries)) {
            assertEquals(200, result.get());
        }
        pool.shutdown();
        assertEquals(3, available("RSV-RETRY-1"));
    }

    @Test
    void aCommitRetriedConcurrentlyIsCommittedOnceAndAnsweredOkEveryTime() throws Exception {
        // cart-service's checkout and its follow-up job (or a retry after a timeout) can commit at the same moment.
        product("RSV-COMMIT-RACE", 5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int round = 0; round < 5; round++) {
            String id = "commit-race-" + round;
            reserve(id, "RSV-COMMIT-RACE", 1).then().statusCode(200);
            List<Callable<Integer>> commits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                commits.add(() -> given().spec(internal()).post("/internal/reservations/" + id + "/commit")
                        .then().extract().statusCode());
            }
            for (Future<Integer> result : pool.invokeAll(commits)) {
                assertEquals(200, result.get(), "every concurrent commit of " + id + " is answered as committed");
            }
        }
        pool.shutdown();
        assertEquals(0, available("RSV-COMMIT-RACE"));
        assertEquals(0, ledgerSum("RSV-COMMIT-RACE"));
    }

    @Test
    void severalSkusAreReservedAllOrNothing() {
        product("RSV-MULTI-A", 5);
        product("RSV-MULTI-B", 1);
        reserveItems("multi-order-1", List.of(Map.of("sku", "RSV-MULTI-A", "quantity", 3),
                Map.of("sku", "RSV-MULTI-B", "quantity", 2)))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("RSV-MULTI-B"));
        assertEquals(5, available("RSV-MULTI-A"), "nothing was taken from A either");
        assertEquals(1, available("RSV-MULTI-B"));
        given().spec(internal()).post("/internal/reservations/multi-order-1/commit").then().statusCode(404);
    }

    @Test
    void commitKeepsTheStockSoldAndReleaseGivesItBack() throws Exception {
        product("RSV-FLOW-1", 4);
        reserve("flow-order-1", "RSV-FLOW-1", 3).then().statusCode(200);
        given().spec(internal()).post("/internal/reservations/flow-order-1/commit").then().statusCode(200)
                .body("status", equalTo("COMMITTED"));
        given().spec(internal()).post("/internal/reservations/flow-order-1/commit").then().statusCode(200);
        given().spec(internal()).post("/internal/reservations/flow-order-1/release").then().statusCode(409);
        assertEquals(1, available("RSV-FLOW-1"));

        reserve("flow-order-2", "RSV-FLOW-1", 1).then().statusCode(200);
        given().spec(internal()).post("/internal/reservations/flow-order-2/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        given().spec(internal()).post("/internal/reservations/flow-order-2/release").then().statusCode(200);
        given().spec(internal()).post("/internal/reservations/flow-order-2/commit").then().statusCode(409);
        assertEquals(1, available("RSV-FLOW-1"));
        assertEquals(1, ledgerSum("RSV-FLOW-1"));
    }

    @Test
    void aCommittedReservationIsReturnedOnceAndAnUncommittedOneIsNot() throws Exception {
        // 5 on the shelf, 3 sold: 2 left; returned: 5 again, and a second return (a retry) gives nothing more.
        product("RSV-RET-1", 5);
        reserve("return-order-1", "RSV-RET-1", 3).then().statusCode(200);
        given().spec(internal()).post("/internal/reservations/return-order-1/return").then().statusCode(409);
        given().spec(internal()).post("/internal/reservations/return-order-1/commit").then().statusCode(200);
        assertEquals(2, available("RSV-RET-1"));
        for (int i = 0; i < 2; i++) {
            given().spec(internal()).post("/internal/reservations/return-order-1/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED"));
        }
        assertEquals(5, available("RSV-RET-1"));
        assertEquals(5, ledgerSum("RSV-RET-1"));
        given().spec(internal()).post("/internal/reservations/return-order-1/commit").then().statusCode(409);
        given().spec(internal()).post("/internal/reservations/never-made-2/return").then().statusCode(404);
    }

    @Test
    void aReservationAnswersWhatItHoldsAndUntilWhen() {
        product("RSV-SHAPE-1", 5);
        product("RSV-SHAPE-2", 5);
        Instant before = Instant.now();
        Map<String, Object> answer = reserveItems("shape-order-1", List.of(Map.of("sku", "RSV-SHAPE-2", "quantity", 1),
                Map.of("sku", "RSV-SHAPE-1", "quantity", 2), Map.of("sku", "RSV-SHAPE-2", "quantity", 1)))
                .then().statusCode(200).extract().as(Map.class);
        assertEquals("shape-order-1", answer.get("reservationId"));
        assertEquals("RESERVED", answer.get("status"));
        assertEquals(List.of(Map.of("sku", "RSV-SHAPE-1", "quantity", 2), Map.of("sku", "RSV-SHAPE-2", "quantity", 2)),
                answer.get("items"), "lines of one SKU are merged, sorted by SKU");
        // Default 15 minutes from now, whatever the time zones of the JVM and the database.
        Duration ttl = Duration.between(before, Instant.parse((String) answer.get("expiresAt")));
        assertTrue(ttl.compareTo(Duration.ofMinutes(14)) > 0 && ttl.compareTo(Duration.ofMinutes(16)) < 0,
                ttl.toString());
        assertEquals(3, available("RSV-SHAPE-1"));
        assertEquals(3, available("RSV-SHAPE-2"));
    }

    @Test
    void onlyPublishedProductsCanBeReserved() {
        product("RSV-DRAFT-1", 5);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/RSV-DRAFT-1/archive").then()
                .statusCode(200);
        reserveItems("draft-order-1", List.of(Map.of("sku", "RSV-DRAFT-1", "quantity", 1)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("RSV-DRAFT-1"));
        assertEquals(5, available("RSV-DRAFT-1"));
        given().spec(internal()).post("/internal/reservations/draft-order-1/commit").then().statusCode(404);
    }

    @Test
    void anIdReusedForOtherItemsIsRefused() {
        product("RSV-REUSE-1", 5);
        reserve("reuse-order-1", "RSV-REUSE-1", 1).then().statusCode(200);
        reserve("reuse-order-1", "RSV-REUSE-1", 2).then().statusCode(422);
        assertEquals(4, available("RSV-REUSE-1"));
    }

    @Test
    void badReservationsAreRefused() {
        product("RSV-BAD-1", 5);
        reserve("bad-order-1", "NO-SUCH-SKU", 1).then().statusCode(422).body("errors.field", hasItem("NO-SUCH-SKU"));
        reserve("x", "RSV-BAD-1", 1).then().statusCode(400);
        reserve("bad-order-2", "RSV-BAD-1", 0).then().statusCode(400);
        reserveItems("bad-order-3", List.of()).then().statusCode(400);
        reserve("bad-order-4", "RSV-BAD-1", 1000).then().statusCode(400).body("errors.field",
                hasItem("items[0].quantity"));
        given().spec(internal()).contentType(ContentType.JSON)
                .body("{\"items\":[{\"sku\":\"RSV-BAD-1\",\"quantity\":1.5}]}")
                .put("/internal/reservations/bad-order-5").then().statusCode(400)
                .contentType("application/problem+json");
        reserve("bad_order_6", "RSV-BAD-1", 1).then().statusCode(400).body("errors.field", hasItem("id"));
        reserve("a".repeat(65), "RSV-BAD-1", 1).then().statusCode(400);
        given().spec(internal()).post("/internal/reservations/x/commit").then().statusCode(400);
        given().spec(internal()).post("/internal/reservations/never-made-1/commit").then().statusCode(404)
                .contentType("application/problem+json");
        given().spec(internal()).post("/internal/reservations/never-made-1/release").then().statusCode(404);
        given().header("X-Dozo-Internal-Key", "wrong-key").contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("sku", "RSV-BAD-1", "quantity", 1))))
                .put("/internal/reservations/wrong-key-order").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("sku", "RSV-BAD-1", "quantity", 1))))
                .put("/internal/reservations/no-key-order").then().statusCode(401);
        assertEquals(5, available("RSV-BAD-1"));
    }

    @Test
    void staffAdjustStockWithAReasonKeptInTheLedger() throws Exception {
        product("RSV-ADJ-1", 2);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", 10, "reason", "delivery", "note", "秋の入荷"))
                .post("/api/staff/stock/RSV-ADJ-1/adjustments").then().statusCode(200).body("available", equalTo(12));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", -20, "reason", "damaged")).post("/api/staff/stock/RSV-ADJ-1/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("delta"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", 1, "reason", "because")).post("/api/staff/stock/RSV-ADJ-1/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", 0, "reason", "correction")).post("/api/staff/stock/RSV-ADJ-1/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("delta"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", 1, "reason", "correction", "note", "長".repeat(201)))
                .post("/api/staff/stock/RSV-ADJ-1/adjustments").then().statusCode(400)
                .body("errors.field", hasItem("note"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body("{\"delta\":1.5,\"reason\":\"correction\"}").post("/api/staff/stock/RSV-ADJ-1/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("delta"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", 1, "reason", "delivery")).post("/api/staff/stock/NO-SUCH-SKU/adjustments")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/stock/NO-SUCH-SKU").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/stock/NO-SUCH-SKU/ledger").then().statusCode(404);

        List<Map<String, Object>> ledger = given().auth().oauth2(TestTokens.staff())
                .get("/api/staff/stock/RSV-ADJ-1/ledger").then().statusCode(200)
                .body("reason", equalTo(List.of("initial", "delivery"))).body("delta", equalTo(List.of(2, 10)))
                .body("note", equalTo(List.of("", "秋の入荷"))).body("actor", everyItem(equalTo("staff@dozo.test")))
                .extract().path("$");
        for (Map<String, Object> line : ledger) {
            Duration age = Duration.between(Instant.parse((String) line.get("createdAt")), Instant.now());
            assertTrue(!age.isNegative() && age.compareTo(Duration.ofMinutes(5)) < 0, "written just now: " + line);
        }
        assertEquals(12, available("RSV-ADJ-1"));
        assertEquals(12, ledgerSum("RSV-ADJ-1"));
    }

    static void product(String sku, int stock) {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "c-" + sku.toLowerCase(), "name", "c", "nameEn", "c"))
                .post("/api/staff/categories")
                .then().log().ifValidationFails().statusCode(anyOf(equalTo(201), equalTo(409)));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "category", "c-" + sku.toLowerCase(), "name", "在庫テスト", "priceYen", 100,
                        "taxRate", 10, "stock", stock))
                .post("/api/staff/products").then().log().ifValidationFails().statusCode(201)
                .body("available", equalTo(stock));
    }

    static io.restassured.response.Response reserve(String id, String sku, int quantity) {
        return reserveItems(id, List.of(Map.of("sku", sku, "quantity", quantity)));
    }

    static io.restassured.response.Response reserveItems(String id, List<Map<String, Object>> items) {
        return given().spec(internal()).contentType(ContentType.JSON).body(Map.of("items", items))
                .put("/internal/reservations/" + id);
    }

    static RequestSpecification internal() {
        return given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY);
    }

    static int available(String sku) {
        return given().auth().oauth2(TestTokens.staff()).get("/api/staff/stock/" + sku).then().statusCode(200)
                .extract().path("available");
    }

    /** Read straight from MariaDB: the ledger must explain every unit. */
    static int ledgerSum(String sku) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                var statement = db.prepareStatement("SELECT COALESCE(SUM(delta), 0) FROM stock_ledger WHERE sku = ?")) {
            statement.setString(1, sku);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                return rows.getInt(1);
            }
        }
    }
}
