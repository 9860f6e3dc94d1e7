package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;

/** The content API documents itself, with examples other engineers can paste. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class OpenApiTest {

    @Test
    void theStaffApiHasExamplesAndNamesItsConflicts() {
        given().queryParam("format", "json").get(ManagementInterface.url("/q/openapi")).then().statusCode(200)
                .body("info.title", containsString("content API"))
                .body("paths.'/api/staff/pages'.post.requestBody.content.'application/json'.examples.shipping.value.slug",
                        org.hamcrest.Matchers.equalTo("shipping"))
                .body("paths.'/api/staff/news'.post.requestBody.content.'application/json'.examples.renewal",
                        notNullValue())
                .body("paths.'/api/staff/pages/{slug}'.put.responses.'409'.content.'application/problem+json'.examples.stale",
                        notNullValue())
                .body("paths.'/api/staff/settings'.put.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/staff/media'.post.responses.'201'", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }
}
