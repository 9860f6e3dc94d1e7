package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** Requests an attacker sends: ids that cannot exist and bodies with a key twice get a 4xx problem, never a 500. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class HostileInputTest {

    @Test
    void nonAsciiIdsInThePathAre404BeforeAnySql() {
        for (String path : new String[]{"/api/products/café", "/api/products/😀", "/api/categories/布ナプキン",
                "/api/staff/products/CAFÉ-1", "/api/staff/stock/CAFÉ-1"}) {
            problem(given().auth().oauth2(TestTokens.staff()).get(path), 404);
        }
    }

    @Test
    void nonAsciiIdsInTheQueryAre400NamingTheParameter() {
        problem(given().queryParam("category", "布ナプキン").get("/api/products"), 400)
                .body("errors[0].field", equalTo("category"));
        problem(given().queryParam("sku", "OK-1").queryParam("sku", "😀").get("/api/products/by-skus"), 400)
                .body("errors[0].field", equalTo("sku"));
    }

    @Test
    void aProductInANonAsciiCategoryIsA400() {
        problem(given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body("{\"sku\":\"HOSTILE-1\",\"category\":\"布ナプキン\",\"name\":\"x\",\"priceYen\":100,\"taxRate\":10}")
                .post("/api/staff/products"), 400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void aKeySentTwiceIsRefusedByTheParser() {
        problem(given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body("{\"slug\":\"twice\",\"slug\":\"again\",\"name\":\"x\",\"nameEn\":\"x\"}")
                .post("/api/staff/categories"), 400).body("detail", containsString("'slug'"));
        given().get("/api/categories/twice").then().statusCode(404);
    }

    @Test
    void aReservationOfANonAsciiSkuIsA400BeforeAnySql() {
        problem(given().header(shop.dozo.support.InternalApiGuard.HEADER, JwtTestResource.INTERNAL_KEY)
                .contentType(ContentType.JSON).body("{\"items\":[{\"sku\":\"café\",\"quantity\":1}]}")
                .put("/internal/reservations/HOSTILE-RES-1"), 400).body("errors[0].field", containsString("sku"));
    }

    private static io.restassured.response.ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }
}
