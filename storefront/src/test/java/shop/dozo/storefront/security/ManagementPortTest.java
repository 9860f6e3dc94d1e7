package shop.dozo.storefront.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import shop.dozo.storefront.ShopStackResource;
import shop.dozo.testsupport.ManagementInterface;

/**
 * The storefront's port is what the Ingress routes at /: its per-URI request counts and health details must not
 * answer there, only on the management port, which probes and Prometheus reach and the Ingress never does.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
class ManagementPortTest {

    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementPort() {
        for (String path : ManagementInterface.ENDPOINTS) {
            given().get(path).then().statusCode(404);
            given().get(ManagementInterface.url(path)).then().statusCode(200);
        }
        given().get(ManagementInterface.url("/q/metrics")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("# TYPE jvm_"));
    }

    @Test
    void theLivenessAndStartupProbesAnswerOnTheManagementPort() {
        for (String path : new String[]{"/q/health/live", "/q/health/started"}) {
            given().get(path).then().statusCode(404);
            given().get(ManagementInterface.url(path)).then().statusCode(200);
        }
    }
}
