package shop.dozo.catalog;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.Test;
import shop.dozo.support.InternalApiGuard;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;
import shop.dozo.testsupport.hostile.OpenApiHostileSuite;
import shop.dozo.testsupport.hostile.OwnAppProfile;

/** Every operation of the OpenAPI document, with hostile values everywhere: no 5xx, every 4xx a problem. */
@QuarkusTest
@TestProfile(OwnAppProfile.class)
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
class HostileSuiteTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void noHostileInputGetsA5xxOrAnErrorThatIsNoProblem() {
        OpenApiHostileSuite.against(service).openApiAt(ManagementInterface.url("/q/openapi?format=json"))
                .token(TestTokens.staff())
                .internalKey(InternalApiGuard.HEADER, JwtTestResource.INTERNAL_KEY).run().assertClean();
    }
}
