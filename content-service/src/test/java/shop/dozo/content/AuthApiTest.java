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
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        assertEquals(OWNER, jwt.getClaim("upn"));
        assertEquals(TestTokens.ISSUER, jwt.getIssuer());
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

    @Test
    void theOwnerAddsStaffWhoSignInWithTheStaffRoleOnly() throws Exception {
        addStaff("hanako@dozo.test", "hanako's long passphrase").then().statusCode(201)
                .body("roles", equalTo(List.of("staff"))).body("active", equalTo(true));
        String token = signIn("HANAKO@dozo.test", "hanako's long passphrase").then().statusCode(200)
                .extract().path("accessToken");
        JsonWebToken jwt = new DefaultJWTParser(new JWTAuthContextInfo(
                KeyUtils.decodePublicKey(TestKeys.get().publicKeyPem()), TestTokens.ISSUER)).parse(token);
        assertEquals(Set.of("staff"), jwt.getGroups());

        // The token works here like any staff token: staff may write pages but not manage accounts.
        given().auth().oauth2(token).get("/api/staff/pages").then().statusCode(200);
        given().auth().oauth2(token).get("/api/staff/accounts").then().statusCode(403);
        addStaff("hanako@dozo.test", "another long passphrase").then().statusCode(409);
        addStaff("short@dozo.test", "short").then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void aDisabledAccountCannotSignInAndTheOwnerCannotLockThemselvesOut() {
        long id = ((Number) addStaff("taro@dozo.test", "taro's long passphrase").then().statusCode(201).extract().path("id"))
                .longValue();
        asOwner().post("/api/staff/accounts/" + id + "/disable").then().statusCode(200).body("active", equalTo(false));
        signIn("taro@dozo.test", "taro's long passphrase").then().statusCode(401);
        asOwner().post("/api/staff/accounts/" + id + "/enable").then().statusCode(200).body("active", equalTo(true));
        signIn("taro@dozo.test", "taro's long passphrase").then().statusCode(200);

        long ownerId = ((Number) asOwner().get("/api/staff/accounts").then().statusCode(200).extract()
                .path("find { it.email == 'owner@dozo.test' }.id")).longValue();
        asOwner().post("/api/staff/accounts/" + ownerId + "/disable").then().statusCode(409);
        asOwner().post("/api/staff/accounts/999999/disable").then().statusCode(404);
    }

    @Test
    void staffChangeTheirOwnPassword() {
        addStaff("jiro@dozo.test", "jiro's first passphrase").then().statusCode(201);
        String token = signIn("jiro@dozo.test", "jiro's first passphrase").then().extract().path("accessToken");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "jiro's second passphrase"))
                .put("/api/staff/accounts/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "jiro's first passphrase", "newPassword", "jiro's second passphrase"))
                .put("/api/staff/accounts/me/password").then().statusCode(204);
        signIn("jiro@dozo.test", "jiro's second passphrase").then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneClientAddressAreThrottledWhateverTheEmail() {
        for (int attempt = 0; attempt < 30; attempt++) {
            signInFrom("203.0.113.7", "guess" + attempt + "@dozo.test", "password-" + attempt).then().statusCode(401);
        }
        signInFrom("203.0.113.7", OWNER, PASSWORD).then().statusCode(429);
        signInFrom("198.51.100.2", OWNER, PASSWORD).then().statusCode(200);
    }

    private static io.restassured.response.Response signInFrom(String client, String email, String password) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password)).post("/api/auth/token");
    }

    private static io.restassured.specification.RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.owner()).contentType(ContentType.JSON);
    }

    private static io.restassured.response.Response addStaff(String email, String password) {
        return asOwner().body(Map.of("email", email, "password", password, "roles", List.of("staff")))
                .post("/api/staff/accounts");
    }

    private static io.restassured.response.Response signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/token");
    }
}
