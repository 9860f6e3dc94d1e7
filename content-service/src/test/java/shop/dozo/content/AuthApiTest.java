package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestKeys;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class AuthApiTest {
    static final String OWNER = "owner@dozo.test";
    static final String PASSWORD = "test-only-owner-password";

    @Test
    void theConfiguredOwnerSignsInAndGetsASignedStaffToken() throws Exception {
        String token = signIn(OWNER, PASSWORD).then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(3600))
                .extract().path("accessToken");

        // Any service verifies it with the public key alone (catalog-service does exactly this).
        JWTAuthContextInfo verifier = new JWTAuthContextInfo(
                KeyUtils.decodePublicKey(TestKeys.get().publicKeyPem()), TestTokens.ISSUER);
        JsonWebToken jwt = new DefaultJWTParser(verifier).parse(token);
        assertEquals(OWNER, jwt.getName());
        assertTrue(jwt.getGroups().containsAll(java.util.Set.of("staff", "owner")));
        assertTrue(jwt.getExpirationTime() > System.currentTimeMillis() / 1000);
    }

    @Test
    void wrongCredentialsAreRefusedAlikeWhetherTheEmailExistsOrNot() {
        signIn(OWNER, "not-the-password").then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("The email or the password is wrong."));
        signIn("nobody@dozo.test", "whatever-password").then().statusCode(401)
                .body("detail", equalTo("The email or the password is wrong."));
    }

    @Test
    void malformedSignInsNameTheField() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-email", "password", "x"))
                .post("/api/auth/token").then().statusCode(400).body("errors.field", hasItem("email"));
        given().contentType(ContentType.JSON).body("{\"email\":").post("/api/auth/token").then().statusCode(400);
    }

    @Test
    void repeatedFailuresForOneEmailAreThrottled() {
        String target = "guessed@dozo.test";
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(target, "guess-" + attempt).then().statusCode(401);
        }
        signIn(target, "guess-6").then().statusCode(429).contentType("application/problem+json");
        signIn(OWNER, PASSWORD).then().statusCode(200);
    }

    private static io.restassured.response.Response signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/token");
    }
}
