package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import shop.dozo.support.AttemptLedger;
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
    @Inject
    AgroalDataSource dataSource;

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
    void wrongPasswordsSlowDownOneClientButNeverLockTheOwnerOut() throws Exception {
        String attacker = "203.0.113.50";
        for (int attempt = 0; attempt < 5; attempt++) {
            signInFrom(attacker, OWNER, "guess-" + attempt).then().statusCode(401);
        }
        // From the guesser's address even the right password must wait, and the answer says how long.
        int wait = retryAfter(signInFrom(attacker, OWNER, PASSWORD).then().statusCode(429)
                .contentType("application/problem+json"));
        assertTrue(wait >= 1 && wait <= 2, "Retry-After " + wait);
        // The owner, anywhere else, is not locked out.
        signInFrom("198.51.100.50", OWNER, PASSWORD).then().statusCode(200);
        // And the guesser's delay grows with every further wrong password.
        Thread.sleep(wait * 1000L + 100);
        signInFrom(attacker, OWNER, "guess-6").then().statusCode(401);
        int longer = retryAfter(signInFrom(attacker, OWNER, "guess-7").then().statusCode(429));
        assertTrue(longer > wait, "Retry-After " + longer + " after " + wait);
    }

    @Test
    void currentPasswordGuessesAreSlowedDownToo() {
        addStaff("shiro@dozo.test", "shiro's first passphrase").then().statusCode(201);
        String token = signIn("shiro@dozo.test", "shiro's first passphrase").then().statusCode(200)
                .extract().path("accessToken");
        for (int attempt = 0; attempt < 5; attempt++) {
            changePassword(token, "203.0.113.51", "guess-" + attempt, "shiro's second passphrase").then()
                    .statusCode(400)
                    .body("errors.field", hasItem("currentPassword"));
        }
        retryAfter(changePassword(token, "203.0.113.51", "shiro's first passphrase", "shiro's second passphrase")
                .then().statusCode(429));
        signIn("shiro@dozo.test", "shiro's first passphrase").then().statusCode(200);
    }

    @Test
    void passwordsBeyondBcryptsSeventyTwoBytesAreRefusedAndNeverMatchACutOne() {
        String seventyTwo = "p".repeat(72);
        addStaff("saburo@dozo.test", seventyTwo).then().statusCode(201);
        signIn("saburo@dozo.test", seventyTwo).then().statusCode(200);
        signIn("saburo@dozo.test", seventyTwo + "anything").then().statusCode(401);

        addStaff("long@dozo.test", "p".repeat(73)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
        addStaff("kanji@dozo.test", "長い合言葉".repeat(5)).then().statusCode(400).body("errors.field", hasItem("password"));
        String token = signIn("saburo@dozo.test", seventyTwo).then().extract().path("accessToken");
        changePassword(token, "203.0.113.52", seventyTwo, "q".repeat(73)).then().statusCode(400)
                .body("errors.field", hasItem("newPassword"));
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() {
        long id = ((Number) addStaff("goro@dozo.test", "goro's long passphrase").then().statusCode(201).extract()
                .path("id"))
                .longValue();
        String token =
                signIn("goro@dozo.test", "goro's long passphrase").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/staff/pages").then().statusCode(200);

        asOwner().post("/api/staff/accounts/" + id + "/disable").then().statusCode(200);
        given().auth().oauth2(token).get("/api/staff/pages").then().statusCode(401)
                .contentType("application/problem+json");
        // Enabled again, the account signs in anew; the token from before stays dead.
        asOwner().post("/api/staff/accounts/" + id + "/enable").then().statusCode(200);
        given().auth().oauth2(token).get("/api/staff/pages").then().statusCode(401);
    }

    @Test
    void aPasswordChangeEndsTheTokensIssuedBeforeIt() throws Exception {
        addStaff("rokuro@dozo.test", "rokuro's first passphrase").then().statusCode(201);
        String before = signIn("rokuro@dozo.test", "rokuro's first passphrase").then().extract().path("accessToken");
        Thread.sleep(1100); // tokens carry whole seconds
        String current = signIn("rokuro@dozo.test", "rokuro's first passphrase").then().extract().path("accessToken");
        changePassword(current, "203.0.113.53", "rokuro's first passphrase", "rokuro's second passphrase").then()
                .statusCode(204);
        given().auth().oauth2(before).get("/api/staff/pages").then().statusCode(401);
        String after = signIn("rokuro@dozo.test", "rokuro's second passphrase").then().extract().path("accessToken");
        given().auth().oauth2(after).get("/api/staff/pages").then().statusCode(200);
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
        long id = ((Number) addStaff("taro@dozo.test", "taro's long passphrase").then().statusCode(201).extract()
                .path("id"))
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
    void theOwnerChangesRolesButTheShopAlwaysKeepsAnActiveOwner() throws Exception {
        long id = ((Number) addStaff("role-change@dozo.test", "a long passphrase for roles").then().statusCode(201)
                .extract()
                .path("id")).longValue();
        String before =
                signIn("role-change@dozo.test", "a long passphrase for roles").then().extract().path("accessToken");
        given().auth().oauth2(before).contentType(ContentType.JSON).body(Map.of("role", "owner"))
                .put("/api/staff/accounts/" + id + "/role").then().statusCode(403);
        asOwner().body(Map.of("role", "admin")).put("/api/staff/accounts/" + id + "/role").then().statusCode(400)
                .body("errors.field", hasItem("role"));

        asOwner().body(Map.of("role", "owner")).put("/api/staff/accounts/" + id + "/role").then().statusCode(200)
                .body("roles", equalTo(List.of("owner", "staff")));
        given().auth().oauth2(before).get("/api/staff/pages").then().statusCode(401);
        Thread.sleep(1100); // tokens carry whole seconds
        String owner = signIn("role-change@dozo.test", "a long passphrase for roles").then().statusCode(200).extract()
                .path("accessToken");
        given().auth().oauth2(owner).get("/api/staff/accounts").then().statusCode(200);

        asOwner().body(Map.of("role", "staff")).put("/api/staff/accounts/" + id + "/role").then().statusCode(200)
                .body("roles", equalTo(List.of("staff")));
        long ownerId = ((Number) asOwner().get("/api/staff/accounts").then().statusCode(200).extract()
                .path("find { it.email == 'owner@dozo.test' }.id")).longValue();
        asOwner().body(Map.of("role", "staff")).put("/api/staff/accounts/" + ownerId + "/role").then()
                .statusCode(409).body("detail", containsString("last active owner"));
        asOwner().body(Map.of("role", "owner")).put("/api/staff/accounts/999999/role").then().statusCode(404);
    }

    @Test
    void staffChangeTheirOwnPassword() {
        addStaff("jiro@dozo.test", "jiro's first passphrase").then().statusCode(201);
        String token = signIn("jiro@dozo.test", "jiro's first passphrase").then().extract().path("accessToken");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "jiro's second passphrase"))
                .put("/api/staff/accounts/me/password").then().statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "jiro's first passphrase", "newPassword", "jiro's second passphrase"))
                .put("/api/staff/accounts/me/password").then().statusCode(204);
        signIn("jiro@dozo.test", "jiro's second passphrase").then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneClientAddressAreThrottledWhateverTheEmailOrTheForgedHopsBeforeIt() {
        // Behind a trusted proxy (loopback here) the client is the right-most hop the proxy appended: rotating
        // the entries the client wrote itself dodges nothing.
        for (int attempt = 0; attempt < 30; attempt++) {
            signInFrom("198.18." + attempt + ".1, 203.0.113.7", "guess" + attempt + "@dozo.test", "password-" + attempt)
                    .then().statusCode(401);
        }
        retryAfter(signInFrom("198.18.200.1, 203.0.113.7", OWNER, PASSWORD).then().statusCode(429));
        signInFrom("203.0.113.7, 198.51.100.2", OWNER, PASSWORD).then().statusCode(200);
    }

    /**
     * Another replica, or this one before a restart, wrote these twelve failures into the shared table: they count
     * here (seven past the budget: a wait of about two minutes, long enough for no test timing to matter). Kept in
     * memory, as before, each replica gave a guesser the whole budget again.
     */
    @Test
    void failuresCountedByAnotherReplicaCountHereAndNameNoAddressOrEmail() throws Exception {
        String client = "203.0.113.60";
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO login_failure (subject) VALUES (?)")) {
            for (int failure = 0; failure < 12; failure++) {
                insert.setString(1, AttemptLedger.subject("account", OWNER + "|" + client));
                insert.executeUpdate();
            }
        }
        assertTrue(retryAfter(signInFrom(client, OWNER, PASSWORD).then().statusCode(429)) > 60);
        signInFrom("203.0.113.61", OWNER, PASSWORD).then().statusCode(200);

        signInFrom(client, "nobody@dozo.test", "a wrong guess").then().statusCode(401);
        try (Connection db = dataSource.getConnection(); Statement query = db.createStatement();
                ResultSet clearText = query.executeQuery("SELECT COUNT(*) FROM login_failure "
                        + "WHERE subject LIKE '%@%' OR subject LIKE '%203.0.113%' OR subject NOT REGEXP '^[0-9a-f]{64}$'")) {
            clearText.next();
            assertEquals(0, clearText.getInt(1), "only hashes are stored");
        }
    }

    private static int retryAfter(io.restassured.response.ValidatableResponse tooMany) {
        String header = tooMany.extract().header("Retry-After");
        assertTrue(header != null && header.matches("[1-9][0-9]*"), "Retry-After: " + header);
        return Integer.parseInt(header);
    }

    private static io.restassured.response.Response changePassword(String token, String client, String current,
            String next) {
        return given().auth().oauth2(token).header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next)).put("/api/staff/accounts/me/password");
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
