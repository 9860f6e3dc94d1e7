package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffProductTest {

    @Test
    void aStaleEditIsRefusedWithTheCurrentProductAndNothingIsOverwritten() {
        ReservationTest.product("STF-EDIT-1", 1);
        Map<String, Object> product = given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/STF-EDIT-1")
                .then().statusCode(200).extract().as(Map.class);

        Map<String, Object> first = edit(product, "priceYen", 1200);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(first)
                .put("/api/staff/products/STF-EDIT-1").then().statusCode(200).body("priceYen", equalTo(1200));
        Map<String, Object> stale = edit(product, "name", "古い編集");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(stale)
                .put("/api/staff/products/STF-EDIT-1").then().statusCode(409).contentType("application/problem+json")
                .body("current.priceYen", equalTo(1200));
        given().get("/api/products/STF-EDIT-1").then().body("priceYen", equalTo(1200)).body("name", equalTo("在庫テスト"));
    }

    @Test
    void draftsAndArchivedProductsAreHiddenFromShoppersButKept() {
        ReservationTest.product("STF-LIFE-1", 1);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-LIFE-1/archive").then().statusCode(200)
                .body("status", equalTo("archived"));
        given().get("/api/products/STF-LIFE-1").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/STF-LIFE-1").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-LIFE-1/publish").then().statusCode(200);
        given().get("/api/products/STF-LIFE-1").then().statusCode(200);
    }

    @Test
    void productInputIsValidatedFieldByField() {
        ReservationTest.product("STF-VALID-1", 1);
        Map<String, Object> base = Map.of("sku", "STF-VALID-2", "category", "c-stf-valid-1", "name", "検証",
                "priceYen", 100, "taxRate", 10);
        expectField(edit(base, "sku", "lower-case"), "sku");
        expectField(edit(base, "name", "名".repeat(201)), "name");
        expectField(edit(base, "priceYen", 20_000_000), "priceYen");
        expectField(edit(base, "category", "no-such-category"), "category");
        expectField(edit(base, "imageIds", List.of("../../etc/passwd")), "imageIds[0].<list element>");
        expectField(edit(base, "stock", -1), "stock");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body("{\"sku\":\"STF-VALID-3\",\"category\":"
                + "\"c-stf-valid-1\",\"name\":\"x\",\"priceYen\":\"100\",\"taxRate\":10}").post("/api/staff/products")
                .then().statusCode(400).body("errors.field", hasItem("priceYen"));
        given().get("/api/products/STF-VALID-2").then().statusCode(404);
    }

    @Test
    void everyStaffEndpointRefusesAnonymousAndShopperCallers() {
        ReservationTest.product("STF-AUTH-1", 1);
        List<String[]> endpoints = List.of(
                new String[] { "POST", "/api/staff/products" },
                new String[] { "GET", "/api/staff/products/STF-AUTH-1" },
                new String[] { "PUT", "/api/staff/products/STF-AUTH-1" },
                new String[] { "POST", "/api/staff/products/STF-AUTH-1/publish" },
                new String[] { "POST", "/api/staff/products/STF-AUTH-1/archive" },
                new String[] { "POST", "/api/staff/categories" },
                new String[] { "PUT", "/api/staff/categories/c-stf-auth-1" },
                new String[] { "POST", "/api/staff/categories/c-stf-auth-1/archive" },
                new String[] { "GET", "/api/staff/stock/STF-AUTH-1" },
                new String[] { "POST", "/api/staff/stock/STF-AUTH-1/adjustments" },
                new String[] { "GET", "/api/staff/stock/STF-AUTH-1/ledger" },
                new String[] { "GET", "/api/staff/export/products" });
        for (String[] endpoint : endpoints) {
            given().contentType(ContentType.JSON).body("{}").request(endpoint[0], endpoint[1])
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body("{}")
                    .request(endpoint[0], endpoint[1]).then().statusCode(403);
        }
        given().get("/api/products/STF-AUTH-1").then().statusCode(200).body("status", equalTo("published"));
    }

    private static void expectField(Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body).post("/api/staff/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> edit(Map<String, Object> product, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(product);
        copy.put(field, value);
        return copy;
    }
}
