package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/**
 * The shared answers (one product, a search) are kept for a second: a change made behind this replica's back
 * (another replica, by SQL here) shows within that bound, a change made through this replica and every stock
 * movement at once, and a hit answers exactly the bytes a miss does.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ReadCacheTest {
    /** dozo.catalog.read-cache.ttl, and room for a slow machine. */
    private static final long TTL_MILLIS = 1_000;

    @Test
    void aHitAnswersTheSameBytesAsTheMiss() {
        ReservationTest.product("RC-SAME-1", 3);
        Response miss = given().get("/api/products/RC-SAME-1");
        Response hit = given().get("/api/products/RC-SAME-1");
        assertEquals(200, hit.statusCode());
        assertEquals(miss.asString(), hit.asString());
        assertTrue(hit.contentType().startsWith("application/json"), hit.contentType());
        assertEquals(given().get("/api/products/c-rc-same-1").statusCode(), 404, "a slug that is not a product");
    }

    @Test
    void aChangeBehindThisReplicasBackShowsWithinTheTtl() throws Exception {
        ReservationTest.product("RC-SQL-1", 3);
        assertEquals(100, price("RC-SQL-1"));
        long changedAt = System.currentTimeMillis();
        sql("UPDATE product SET price_yen = 150, version = version + 1 WHERE sku = 'RC-SQL-1'");
        int seen = price("RC-SQL-1");
        if (System.currentTimeMillis() - changedAt < TTL_MILLIS / 2) {
            assertEquals(100, seen, "kept for the TTL: the second read is served from the cache");
        }
        long deadline = changedAt + TTL_MILLIS + 500;
        while (price("RC-SQL-1") != 150) {
            assertTrue(System.currentTimeMillis() < deadline, "the new price shows within the TTL");
            Thread.sleep(50);
        }
    }

    @Test
    void aStaffEditAndAStockMovementOnThisReplicaShowAtOnce() {
        ReservationTest.product("RC-EDIT-1", 5);
        assertEquals(5, available("RC-EDIT-1"));
        Map<String, Object> product = given().auth().oauth2(TestTokens.staff())
                .get("/api/staff/products/RC-EDIT-1").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> edited = new java.util.HashMap<>(product);
        edited.put("priceYen", 120);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(edited)
                .put("/api/staff/products/RC-EDIT-1").then().statusCode(200);
        assertEquals(120, price("RC-EDIT-1"));

        ReservationTest.reserve("rc-order-1", "RC-EDIT-1", 2).then().statusCode(200);
        assertEquals(3, available("RC-EDIT-1"), "the reservation's stock shows on the next read");
        given().spec(ReservationTest.internal()).post("/internal/reservations/rc-order-1/release").then()
                .statusCode(200);
        assertEquals(5, available("RC-EDIT-1"));
    }

    @Test
    void aSearchIsKeptTooAndFollowsTheSameRules() {
        DemoCatalog.ensure();
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "RC-FIND-1", "category", "eco-goods", "name", "檜の靴べら", "priceYen", 380,
                        "taxRate", 10, "stock", 4))
                .post("/api/staff/products").then().statusCode(201);
        Response first = given().queryParam("q", "檜 靴べら").get("/api/search");
        assertEquals("RC-FIND-1", first.path("items[0].sku"));
        assertEquals(first.asString(), given().queryParam("q", "檜 靴べら").get("/api/search").asString());
        ReservationTest.reserve("rc-order-2", "RC-FIND-1", 1).then().statusCode(200);
        assertEquals(3, (int) given().queryParam("q", "檜 靴べら").get("/api/search").path("items[0].available"));
        given().queryParam("q", "檜 靴べら").queryParam("limit", "0").get("/api/search").then().statusCode(400);
        given().queryParam("q", "檜 靴べら").queryParam("limit", "abc").get("/api/search").then().statusCode(400);
    }

    private static int price(String sku) {
        return given().get("/api/products/" + sku).then().statusCode(200).extract().path("priceYen");
    }

    private static int available(String sku) {
        return given().get("/api/products/" + sku).then().statusCode(200).extract().path("available");
    }

    private static void sql(String statement) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                var update = db.prepareStatement(statement)) {
            assertEquals(1, update.executeUpdate());
        }
    }
}
