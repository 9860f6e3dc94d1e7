package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ProductApiTest {

    @BeforeEach
    void ensureCategory() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "organic-food", "name", "オーガニック食品", "nameEn", "Organic food"))
                .post("/api/staff/categories");
    }

    @Test
    void staffCreatesAProductThatShoppersThenSee() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(product("FT-COFFEE-T1", 1620))
                .when().post("/api/staff/products")
                .then().statusCode(201)
                .header("Location", containsString("/api/products/FT-COFFEE-T1"))
                .body("priceYen", equalTo(1620)).body("taxRate", equalTo(8));

        given().get("/api/products/FT-COFFEE-T1").then().statusCode(200)
                .body("name", equalTo("テスト用の手ぬぐい")).body("category", equalTo("organic-food"))
                .body("tags", hasItem("テスト"));
        given().queryParam("size", 100).get("/api/products").then().statusCode(200).body("items.sku",
                hasItem("FT-COFFEE-T1"));
    }

    @Test
    void duplicateSkuIsAConflict() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(product("FT-DUP-1", 500))
                .post("/api/staff/products").then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(product("FT-DUP-1", 600))
                .post("/api/staff/products")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/products/FT-DUP-1").then().body("priceYen", equalTo(500));
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> negative = product("FT-BAD-1", -1);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(negative)
                .post("/api/staff/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("priceYen"));

        String fractional =
                "{\"sku\":\"FT-BAD-2\",\"category\":\"organic-food\",\"name\":\"x\",\"priceYen\":12.5,\"taxRate\":8}";
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(fractional)
                .post("/api/staff/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("priceYen"));

        Map<String, Object> wrongTax = new java.util.HashMap<>(product("FT-BAD-3", 100));
        wrongTax.put("taxRate", 5);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(wrongTax)
                .post("/api/staff/products")
                .then().statusCode(400).body("errors.field", hasItem("taxRate"));

        given().get("/api/products/FT-BAD-1").then().statusCode(404);
    }

    @Test
    void malformedJsonAndUnknownRoutesAnswerProblemJson() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body("{\"sku\": ")
                .post("/api/staff/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
        given().get("/api/products/NO-SUCH-SKU").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/no-such-route").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void staffEndpointsNeedAStaffToken() {
        given().contentType(ContentType.JSON).body(product("FT-ANON-1", 100))
                .post("/api/staff/products")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body(product("FT-ANON-1", 100))
                .post("/api/staff/products")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(product("FT-ANON-1", 100))
                .post("/api/staff/products")
                .then().statusCode(401);
        given().get("/api/products/FT-ANON-1").then().statusCode(404);
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        // Health, metrics and OpenAPI only on the management port, which HAProxy and the Ingress never route.
        ManagementInterface.assertOnlyOnTheManagementPort("/q/openapi");
    }

    static Map<String, Object> product(String sku, int priceYen) {
        return Map.of("sku", sku, "category", "organic-food", "name", "テスト用の手ぬぐい", "nameEn", "Test towel",
                "priceYen", priceYen, "taxRate", 8, "tags", java.util.List.of("テスト"));
    }
}
