package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static shop.dozo.cart.Shop.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Requests an attacker sends: ids that cannot exist, keys sent twice, huge pages get a 4xx problem, never a 5xx. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class HostileInputTest {

    @Test
    void anEmojiSkuInTheCartIs404NotCatalogueAway() {
        String token = given().post("/api/carts").then().statusCode(201).extract().path("token");
        problem(given().contentType(ContentType.JSON).body("{\"quantity\":1}")
                .put("/api/carts/" + token + "/items/😀"), 404);
        problem(given().delete("/api/carts/" + token + "/items/CAFÉ"), 404);
        problem(given().get("/api/carts/カート"), 404);
    }

    @Test
    void nonAsciiOrderNumbersAreNotFoundWithoutSql() {
        problem(given().queryParam("number", "会社").queryParam("email", "a@example.jp").get("/api/orders/lookup"), 404);
        problem(staff().get("/api/staff/orders/会社"), 404);
        problem(staff().queryParam("number", "会社").get("/api/staff/orders"), 400)
                .body("errors[0].field", equalTo("number"));
        problem(staff().post("/api/staff/campaigns/キャンペーン/end"), 404);
    }

    @Test
    void aKeySentTwiceIsA400() {
        String token = given().post("/api/carts").then().statusCode(201).extract().path("token");
        problem(given().contentType(ContentType.JSON).body("{\"quantity\":1,\"quantity\":2}")
                .put("/api/carts/" + token + "/items/ST-SOAP"), 400).body("detail", containsString("'quantity'"));
    }

    @Test
    void aHugePageIsA400NotAnOverflow() {
        problem(staff().queryParam("page", Integer.MAX_VALUE).get("/api/staff/orders"), 400)
                .body("errors[0].field", equalTo("page"));
        staff().queryParam("page", 10_000).get("/api/staff/orders").then().statusCode(200);
    }

    @Test
    void aCampaignTimeMariaDbCannotStoreIsA400NamingIt() {
        String body = "{\"code\":\"EPOCH-1\",\"name\":\"x\",\"pointsMultiplier\":2,\"startsAt\":%s,\"endsAt\":%s}";
        problem(staff().contentType(ContentType.JSON).body(String.format(body, "0", "\"2026-07-01T00:00:00+09:00\""))
                .post("/api/staff/campaigns"), 400).body("errors[0].field", equalTo("startsAt"));
        problem(staff().contentType(ContentType.JSON).body(String.format(body, "\"2026-07-01T00:00:00+09:00\"",
                "\"2038-01-19T03:14:08Z\"")).post("/api/staff/campaigns"), 400)
                .body("errors[0].field", equalTo("endsAt"));
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }
}
