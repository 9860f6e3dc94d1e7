package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** The back office's low-stock panel: what to reorder, emptiest first, archived products left out. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class LowStockTest {

    @Test
    void productsAtOrBelowTheReorderPointAreListedEmptiestFirst() {
        ReservationTest.product("LOW-EMPTY", 0);
        ReservationTest.product("LOW-THREE", 3);
        ReservationTest.product("LOW-FIVE", 5);
        ReservationTest.product("LOW-PLENTY", 9);
        ReservationTest.product("LOW-GONE", 0);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/LOW-GONE/archive").then().statusCode(200);

        assertEquals(List.of("LOW-EMPTY:0:OUT", "LOW-THREE:3:FEW", "LOW-FIVE:5:FEW"), lowOnes());

        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("delta", -5, "reason", "damaged")).post("/api/staff/stock/LOW-PLENTY/adjustments").then()
                .statusCode(200);
        assertEquals(List.of("LOW-EMPTY:0:OUT", "LOW-THREE:3:FEW", "LOW-PLENTY:4:FEW", "LOW-FIVE:5:FEW"), lowOnes());
        assertEquals(1, staff().queryParam("limit", 1).get("/api/staff/stock/low").then().statusCode(200).extract()
                .jsonPath().getList("$").size());
    }

    @Test
    void theLimitIsCheckedAndOnlyStaffAsk() {
        staff().queryParam("limit", 0).get("/api/staff/stock/low").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        staff().queryParam("limit", 201).get("/api/staff/stock/low").then().statusCode(400);
        staff().queryParam("limit", "all").get("/api/staff/stock/low").then().statusCode(400);
        given().get("/api/staff/stock/low").then().statusCode(401);
        given().auth().oauth2(TestTokens.shopper()).get("/api/staff/stock/low").then().statusCode(403);
    }

    private static List<String> lowOnes() {
        List<Map<String, Object>> rows = staff().queryParam("limit", 200).get("/api/staff/stock/low").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(row -> ((String) row.get("sku")).startsWith("LOW-"))
                .map(row -> row.get("sku") + ":" + row.get("available") + ":" + row.get("state")).toList();
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staff());
    }
}
