package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** Every staff endpoint: no token 401, a valid token without the staff role 403, and nothing changes. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class StaffAccessTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/staff/reviews",
            "GET, /api/staff/reviews/1",
            "GET, /api/staff/reviews/1/history",
            "POST, /api/staff/reviews/1/approve",
            "POST, /api/staff/reviews/1/reject",
            "POST, /api/staff/reviews/1/withdraw",
            "PUT, /api/staff/reviews/1/reply",
            "DELETE, /api/staff/reviews/1/reply",
            "POST, /api/staff/reviews",
            "GET, /api/staff/export/reviews",
            "GET, /api/staff/export/moderation-events"})
    void anonymousIs401AndAShopperIs403(String method, String path) {
        String body = "{\"reason\":\"x\",\"body\":\"x\",\"externalId\":\"x\",\"sku\":\"CP-REG-01\",\"rating\":5,"
                + "\"title\":\"x\",\"nickname\":\"x\"}";
        given().contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/reviews").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff()).queryParam("sku", "CP-REG-01").get("/api/staff/reviews")
                .then().body("items.externalId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("x")));
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/reviews?sku=CP-REG-01", "GET, /api/reviews/summary?sku=CP-REG-01",
            "GET, /api/reviews/summaries?sku=CP-REG-01"})
    void publicReadsNeedNoToken(String method, String path) {
        given().request(method, path).then().statusCode(200);
    }

    @Test
    void theOwnerIsStaffToo() {
        given().auth().oauth2(TestTokens.owner()).get("/api/staff/reviews").then().statusCode(200);
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        // Health, metrics and OpenAPI only on the management port, which HAProxy and the Ingress never route.
        ManagementInterface.assertOnlyOnTheManagementPort("/q/openapi");
    }
}
