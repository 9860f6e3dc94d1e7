package shop.dozo.review;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.support.InternalApiGuard;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;
import shop.dozo.testsupport.hostile.OpenApiHostileSuite;
import shop.dozo.testsupport.hostile.OwnAppProfile;

/** Every operation of the OpenAPI document, with hostile values everywhere: no 5xx, every 4xx a problem. */
@QuarkusTest
@TestProfile(HostileSuiteTest.Profile.class)
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(ContractServersResource.class)
class HostileSuiteTest {

    /**
     * The neighbours here are in-test stubs that are never down, but on two cores shared with other builds a stub
     * can take longer than the 3 s budget: a 503 that says nothing about the input. The suite gives them 20 s.
     */
    public static class Profile extends OwnAppProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "shop.dozo.review.catalog.ProductCatalog/isPublished/Timeout/value", "20000",
                    "shop.dozo.review.purchase.PurchaseVerifier/check/Timeout/value", "20000",
                    "quarkus.rest-client.catalog.read-timeout", "20000",
                    "quarkus.rest-client.cart.read-timeout", "20000");
        }
    }

    @TestHTTPResource("/")
    URL service;

    @Test
    void noHostileInputGetsA5xxOrAnErrorThatIsNoProblem() {
        OpenApiHostileSuite.against(service).openApiAt(ManagementInterface.url("/q/openapi?format=json"))
                .token(TestTokens.staff())
                .internalKey(InternalApiGuard.HEADER, JwtTestResource.INTERNAL_KEY).run().assertClean();
    }
}
