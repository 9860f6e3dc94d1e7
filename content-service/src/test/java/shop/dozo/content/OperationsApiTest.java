package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class OperationsApiTest {

    @Test
    void staffSeeWhenTheLastBackupAndDrillSucceeded() {
        report("last-full-backup", "2026-11-25T01:00:00Z", "db/full/20261125T010000Z.sql.gz").then().statusCode(200);
        report("last-drill", "2026-11-25T02:00:00Z", "100 % restored").then().statusCode(200);
        report("last-full-backup", "2026-11-24T23:00:00Z", "late, older report").then().statusCode(200)
                .body("at", equalTo("2026-11-25T01:00:00Z"));

        given().auth().oauth2(TestTokens.staff()).get("/api/staff/operations").then().statusCode(200)
                .body("'last-full-backup'.at", equalTo("2026-11-25T01:00:00Z"))
                .body("'last-drill'.detail", equalTo("100 % restored"))
                .body("'last-drill'.reportedBy", equalTo("owner@dozo.test"));
    }

    @Test
    void onlyTheOwnerReportsAndOnlyKnownOperations() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("at", "2026-11-25T01:00:00Z"))
                .put("/api/staff/operations/last-drill").then().statusCode(403);
        given().get("/api/staff/operations").then().statusCode(401);
        given().auth().oauth2(TestTokens.shopper()).get("/api/staff/operations").then().statusCode(403);
        report("last-party", "2026-11-25T01:00:00Z", "").then().statusCode(404);
        report("last-drill", "2999-01-01T00:00:00Z", "").then().statusCode(400).body("errors.field", hasItem("at"));
        given().auth().oauth2(TestTokens.owner()).contentType(ContentType.JSON).body(Map.of("at", "yesterday"))
                .put("/api/staff/operations/last-drill").then().statusCode(400);
    }

    private static io.restassured.response.Response report(String name, String at, String detail) {
        return given().auth().oauth2(TestTokens.owner()).contentType(ContentType.JSON)
                .body(Map.of("at", at, "detail", detail)).put("/api/staff/operations/" + name);
    }
}
