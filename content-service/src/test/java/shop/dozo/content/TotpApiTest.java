package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.AuthenticatorApp;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

/** Two-step sign-in with an authenticator app, checked against codes made here as RFC 6238 says. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TotpApiTest {
    static final String PASSWORD = "a-long-staff-password";

    @Test
    void theCodeGeneratorHereMatchesTheRfcTestVector() {
        // RFC 6238 appendix B: SHA1, secret "12345678901234567890", T = 59 s -> 94287082 (8 digits).
        assertEquals(94287082, AuthenticatorApp.truncated("12345678901234567890".getBytes(), 59 / 30, 100_000_000));
        // The same secret in Base32, as an app is given it: the last 6 digits.
        assertEquals("287082", AuthenticatorApp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59 / 30));
    }

    @Test
    void setUpSignInWithACodeOnceAndResetByTheOwner() {
        String email = "totp.person@dozo.test";
        String client = "198.51.100.71";
        addStaff(email);
        String token = signIn(client, email, PASSWORD, null).then().statusCode(200).extract().path("accessToken");
        me(token).then().statusCode(200).body("email", equalTo(email)).body("totpEnabled", equalTo(false));

        var enrolment = given().auth().oauth2(token).post("/api/staff/accounts/me/totp").then().statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/Dozo:totp.person%40dozo.test?secret=")).extract();
        String secret = enrolment.path("secret");
        long step = AuthenticatorApp.currentStep();
        post(token, "/me/totp/confirm", code(secret, step + 7)).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        me(token).then().body("totpEnabled", equalTo(false)).body("totpPending", equalTo(true));
        post(token, "/me/totp/confirm", code(secret, step)).then().statusCode(200).body("totpEnabled", equalTo(true));

        signIn(client, email, PASSWORD, null).then().statusCode(401)
                .body("type", equalTo("https://dozo.shop/problems/totp-required"));
        signIn(client, email, PASSWORD, code(secret, step)).then().statusCode(401)
                .body("type", equalTo("https://dozo.shop/problems/totp-invalid")); // used for the confirmation
        signIn(client, email, "not-the-password", code(secret, step + 1)).then().statusCode(401)
                .body("detail", equalTo("The email or the password is wrong."));
        signIn(client, email, PASSWORD, code(secret, step + 1)).then().statusCode(200);
        signIn(client, email, PASSWORD, code(secret, step + 1)).then().statusCode(401)
                .body("type", equalTo("https://dozo.shop/problems/totp-invalid")); // a code works once
        signIn(client, email, PASSWORD, "12ab56").then().statusCode(401);

        post(token, "/me/totp/disable", code(secret, step + 7)).then().statusCode(400);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/accounts/" + id(email) + "/totp/reset").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.owner()).post("/api/staff/accounts/" + id(email) + "/totp/reset").then()
                .statusCode(200).body("totpEnabled", equalTo(false));
        signIn(client, email, PASSWORD, null).then().statusCode(200);
    }

    @Test
    void turningItOffTakesACurrentCode() {
        String email = "totp.off@dozo.test";
        String client = "198.51.100.72";
        addStaff(email);
        String token = signIn(client, email, PASSWORD, null).then().statusCode(200).extract().path("accessToken");
        String secret = given().auth().oauth2(token).post("/api/staff/accounts/me/totp").then().statusCode(200)
                .extract().path("secret");
        long step = AuthenticatorApp.currentStep();
        post(token, "/me/totp/confirm", code(secret, step)).then().statusCode(200);
        given().auth().oauth2(token).post("/api/staff/accounts/me/totp").then().statusCode(409);
        post(token, "/me/totp/disable", code(secret, step)).then().statusCode(400); // used already
        post(token, "/me/totp/disable", code(secret, step + 1)).then().statusCode(200)
                .body("totpEnabled", equalTo(false));
        signIn(client, email, PASSWORD, null).then().statusCode(200);

        post(token, "/me/totp/confirm", code(secret, step + 1)).then().statusCode(409); // nothing being set up
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/staff/accounts/me/totp/confirm")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        given().post("/api/staff/accounts/me/totp").then().statusCode(401);
    }

    private static void addStaff(String email) {
        given().auth().oauth2(TestTokens.owner()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "roles", List.of("staff")))
                .post("/api/staff/accounts").then().statusCode(201);
    }

    private static long id(String email) {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.owner()).get("/api/staff/accounts").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(a -> email.equals(a.get("email"))).findFirst()
                .map(a -> ((Number) a.get("id")).longValue()).orElseThrow();
    }

    private static io.restassured.response.Response me(String token) {
        return given().auth().oauth2(token).get("/api/staff/accounts/me");
    }

    private static io.restassured.response.Response post(String token, String path, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/staff/accounts" + path);
    }

    private static io.restassured.response.Response signIn(String client, String email, String password,
            String code) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
        if (code != null) {
            body.put("code", code);
        }
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(body)
                .post("/api/auth/token");
    }

    private static String code(String base32Secret, long step) {
        return AuthenticatorApp.code(base32Secret, step);
    }
}
