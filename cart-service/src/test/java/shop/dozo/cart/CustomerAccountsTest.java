package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Members.PASSWORD;
import static shop.dozo.cart.Members.as;
import static shop.dozo.cart.Members.client;
import static shop.dozo.cart.Members.email;
import static shop.dozo.cart.Members.mailedToken;
import static shop.dozo.cart.Members.mails;
import static shop.dozo.cart.Members.signIn;
import static shop.dozo.cart.Members.signUp;
import static shop.dozo.cart.Members.signedIn;
import static shop.dozo.cart.Members.verify;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.contract.ContentSettingsResource;
import shop.dozo.cart.mail.MailDeliveryTest;
import shop.dozo.testsupport.GreenMailTestResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.Mailbox;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/**
 * Issue 17: customer accounts. Sign-up and reset links arrive by real mail (GreenMail, the outbox job running every
 * second as in MailDeliveryTest), sign-in gives a session that only cart-service's own header accepts, no answer
 * says whether an e-mail has an account, and only hashes of tokens are stored.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
@WithTestResource(ContentSettingsResource.class)
@WithTestResource(GreenMailTestResource.class)
class CustomerAccountsTest {
    private static final String VERIFY = "ACCOUNT_VERIFICATION";
    private static final String RESET = "PASSWORD_RESET";

    @Test
    void aShopperSignsUpOpensTheMailedLinkSignsInSeesThemselvesAndSignsOut() throws Exception {
        String email = email("hanako");
        signUp(email.toUpperCase(), PASSWORD).then().statusCode(202).body("status", equalTo("pending"));
        String token = mailedToken(email, VERIFY);
        assertNotNull(token, "a verification mail is queued to the normalised address");
        assertEquals("ja", Shop.text("SELECT locale FROM mail_outbox WHERE recipient = ? AND kind = ?", email, VERIFY));
        // The mail arrives over SMTP with the storefront's verification link; the outbox then forgets the token.
        Mailbox.Mail mail = Members.linkMail(email, sha256(token));
        assertTrue(mail.text().contains("/account/verify?token=" + token), mail.text());
        awaitTrue(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = ? AND state = 'SENT' "
                + "AND data IS NULL", email, VERIFY) == 1);
        // Only the token's hash is stored, with a 24 h expiry.
        assertEquals(1, count("SELECT COUNT(*) FROM account_token WHERE token_hash = ? AND purpose = 'VERIFY' "
                + "AND expires_at BETWEEN NOW(6) + INTERVAL 23 HOUR AND NOW(6) + INTERVAL 25 HOUR", sha256(token)));
        assertEquals(0, count("SELECT COUNT(*) FROM account_token WHERE token_hash = ?", token));

        // The right password before the link is opened: told to verify (only someone with the password hears it).
        signIn(client(), email, PASSWORD).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://dozo.shop/problems/account-unverified"));

        verify(token).then().statusCode(200).body("email", equalTo(email)).body("verified", equalTo(true));
        verify(token).then().statusCode(200); // a second click is fine

        Response session = signIn(client(), email, PASSWORD);
        session.then().statusCode(201).body("customer.email", equalTo(email))
                .body("customer.fullName", equalTo("山田 花子")).body("expiresAt", org.hamcrest.Matchers.notNullValue());
        String sessionToken = session.path("sessionToken");
        assertTrue(sessionToken.matches("[A-Za-z0-9_-]{43}"), sessionToken);
        assertEquals(1, count("SELECT COUNT(*) FROM customer_session WHERE token_hash = ? AND email = ? "
                + "AND expires_at > NOW(6) + INTERVAL 29 DAY", sha256(sessionToken), email));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_session WHERE token_hash = ?", sessionToken));

        as(sessionToken).get("/api/me").then().statusCode(200).body("email", equalTo(email))
                .body("fullName", equalTo("山田 花子")).body("fullNameKana", equalTo("ヤマダ ハナコ"))
                .body("pointsBalance", equalTo(0)).body("pendingPoints", equalTo(0))
                .body("newsletter", equalTo(false));

        // The newsletter flag is a confirmed subscription (double opt-in), not a pending request.
        given().contentType(ContentType.JSON).body(Map.of("email", email, "wording", "新着情報を受け取る", "lang", "ja"))
                .post("/api/newsletter").then().statusCode(202);
        as(sessionToken).get("/api/me").then().body("newsletter", equalTo(false));
        assertEquals(1, Shop.update("UPDATE newsletter_subscriber SET state = 'CONFIRMED' WHERE email = ?", email));
        as(sessionToken).get("/api/me").then().body("newsletter", equalTo(true));

        as(sessionToken).delete("/api/sessions/current").then().statusCode(204);
        as(sessionToken).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://dozo.shop/problems/session-invalid"));
        as(sessionToken).delete("/api/sessions/current").then().statusCode(204); // signing out again: the same
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void noAnswerSaysWhetherAnEmailHasAnAccount() {
        String member = email("member");
        signedIn(member);
        long mailsBefore = mails(member, VERIFY);

        // Signing up again for a verified address: the same 202 as for a new one, and no new mail, no change.
        String known = signUp(member, "another-password").then().statusCode(202).extract().asString();
        String fresh = signUp(email("fresh"), "another-password").then().statusCode(202).extract().asString();
        assertEquals(fresh, known);
        assertEquals(mailsBefore, mails(member, VERIFY));
        signIn(client(), member, "another-password").then().statusCode(401);
        signIn(client(), member, PASSWORD).then().statusCode(201);

        // A reset for an unknown address answers like one for a member, and mails nobody.
        String nobody = email("nobody");
        String forMember = given().contentType(ContentType.JSON).body(Map.of("email", member))
                .post("/api/accounts/password-reset").then().statusCode(202).extract().asString();
        String forNobody = given().contentType(ContentType.JSON).body(Map.of("email", nobody))
                .post("/api/accounts/password-reset").then().statusCode(202).extract().asString();
        assertEquals(forMember, forNobody);
        assertEquals(1, mails(member, RESET));
        assertEquals(0, mails(nobody, RESET));

        // A wrong password and an unknown e-mail: the same 401.
        String wrongPassword = signIn(client(), member, "not-the-password").then().statusCode(401)
                .contentType("application/problem+json").extract().path("detail");
        String unknown = signIn(client(), nobody, PASSWORD).then().statusCode(401).extract().path("detail");
        assertEquals(wrongPassword, unknown);
    }

    @Test
    void wrongAndExpiredLinksAreTold400WithTheirOwnTypeAndOnlyTheNewestLinkWorks() {
        verify("x".repeat(43)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://dozo.shop/problems/link-invalid"))
                .body("errors.field", hasItem("token"));
        verify("short").then().statusCode(400).body("type", equalTo("https://dozo.shop/problems/link-invalid"));

        String email = email("late");
        signUp(email, PASSWORD).then().statusCode(202);
        String first = mailedToken(email, VERIFY);
        assertEquals(1, Shop.update("UPDATE account_token SET expires_at = NOW(6) - INTERVAL 1 SECOND "
                + "WHERE token_hash = ?", sha256(first)));
        verify(first).then().statusCode(400).body("type", equalTo("https://dozo.shop/problems/link-expired"))
                .body("errors.field", hasItem("token"));

        // Signing up again (say, with another password) mails a new link; the older ones no longer verify it.
        signUp(email, "zweites-passwort").then().statusCode(202);
        String second = mailedToken(email, VERIFY);
        assertNotEquals(first, second);
        signUp(email, "drittes-passwort").then().statusCode(202);
        String third = mailedToken(email, VERIFY);
        verify(second).then().statusCode(400).body("type", equalTo("https://dozo.shop/problems/link-expired"));
        verify(third).then().statusCode(200);
        signIn(client(), email, "drittes-passwort").then().statusCode(201);
        signIn(client(), email, "zweites-passwort").then().statusCode(401);

        // At most three link mails an hour to one address; the answer stays the same.
        String busy = email("busy");
        for (int i = 0; i < 5; i++) {
            signUp(busy, PASSWORD).then().statusCode(202);
        }
        assertEquals(3, mails(busy, VERIFY));
    }

    @Test
    void badSignUpsAreRefusedField400s() {
        signUp(email("short"), "kurz").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
        // 25 kanji are 75 bytes: bcrypt would cut them short.
        signUp(email("long"), "漢".repeat(25)).then().statusCode(400).body("errors.field", hasItem("password"));
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-email", "password", PASSWORD,
                "fullName", "山田", "fullNameKana", "Yamada", "lang", "de")).post("/api/accounts").then()
                .statusCode(400).body("errors.field", hasItem("email")).body("errors.field", hasItem("lang"));
        given().contentType(ContentType.JSON).body(Map.of("email", email("kana"), "password", PASSWORD,
                "fullName", "山田", "fullNameKana", "山田")).post("/api/accounts").then()
                .statusCode(400).body("errors.field", hasItem("fullNameKana"));
    }

    @Test
    void wrongPasswordsSlowDownPerEmailAndClientThen429WithRetryAfterWhileOthersSignIn() {
        String email = email("guessed");
        signedIn(email);
        String attacker = client();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, email, "guess-" + i).then().statusCode(401);
        }
        Response refused = signIn(attacker, email, PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
        // The owner, from their own address, is not locked out.
        signIn(client(), email, PASSWORD).then().statusCode(201);
    }

    @Test
    void aSessionEndsWhenItExpires() {
        String session = signedIn(email("expiring"));
        as(session).get("/api/me").then().statusCode(200);
        assertEquals(1, Shop.update("UPDATE customer_session SET expires_at = NOW(6) - INTERVAL 1 SECOND "
                + "WHERE token_hash = ?", sha256(session)));
        as(session).get("/api/me").then().statusCode(401)
                .body("type", equalTo("https://dozo.shop/problems/session-invalid"));
    }

    @Test
    void staffTokensAreNoCustomerSessionsAndSessionsAreNoStaffTokens() {
        String session = signedIn(email("apart"));
        // A staff JWT sent as a customer session: not signed in.
        as(TestTokens.staff()).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).get("/api/me").then().statusCode(401);
        // A customer session as a Bearer token: no staff API.
        given().auth().oauth2(session).get("/api/staff/orders").then().statusCode(401);
        given().header(Members.SESSION, session).get("/api/staff/orders").then().statusCode(401);
        // And the staff token still works where it belongs.
        staff().get("/api/staff/orders").then().statusCode(200);
        as(session).get("/api/me").then().statusCode(200);
    }

    @Test
    void aPasswordResetLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        String email = email("forgot");
        String session = signedIn(email);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "lang", "en"))
                .post("/api/accounts/password-reset").then().statusCode(202);
        String token = mailedToken(email, RESET);
        assertEquals("en", Shop.text("SELECT locale FROM mail_outbox WHERE recipient = ? AND kind = ?", email, RESET));
        Mailbox.Mail mail = Members.linkMail(email, sha256(token));
        assertTrue(mail.text().contains("/account/password-reset/confirm?token=" + token), mail.text());
        assertTrue(mail.subject().toLowerCase().contains("password"), mail.subject());
        assertEquals(1, count("SELECT COUNT(*) FROM account_token WHERE token_hash = ? AND purpose = 'RESET' "
                + "AND expires_at BETWEEN NOW(6) + INTERVAL 59 MINUTE AND NOW(6) + INTERVAL 61 MINUTE", sha256(token)));
        // A verification link is no reset link.
        confirm(mailedToken(email, VERIFY), "neues-passwort-1").then().statusCode(400)
                .body("type", equalTo("https://dozo.shop/problems/link-invalid"));
        confirm(token, "kurz").then().statusCode(400).body("errors.field", hasItem("password"));

        confirm(token, "neues-passwort-1").then().statusCode(200).body("status", equalTo("changed"));
        as(session).get("/api/me").then().statusCode(401);
        signIn(client(), email, PASSWORD).then().statusCode(401);
        signIn(client(), email, "neues-passwort-1").then().statusCode(201);
        confirm(token, "neues-passwort-2").then().statusCode(400)
                .body("type", equalTo("https://dozo.shop/problems/link-invalid"));

        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/accounts/password-reset");
        String late = mailedToken(email, RESET);
        Shop.update("UPDATE account_token SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE token_hash = ?",
                sha256(late));
        confirm(late, "neues-passwort-3").then().statusCode(400)
                .body("type", equalTo("https://dozo.shop/problems/link-expired"));
        signIn(client(), email, "neues-passwort-1").then().statusCode(201);
    }

    @Test
    void theShopArchiveHoldsAccountsSessionsAndLinksOnlyAsHashes() {
        String email = email("archived");
        String session = signedIn(email);
        String token = mailedToken(email, VERIFY);
        String accounts = staff().get("/api/staff/export/customer-accounts").then().statusCode(200).extract()
                .asString();
        String line = accounts.lines().filter(row -> row.contains(email)).findFirst().orElseThrow();
        assertTrue(line.contains("\"password_hash\":\"$2a$"), line);
        assertFalse(accounts.contains(PASSWORD));
        String sessions = staff().get("/api/staff/export/customer-sessions").then().statusCode(200).extract()
                .asString();
        assertTrue(sessions.contains(sha256(session)));
        assertFalse(sessions.contains(session));
        String links = staff().get("/api/staff/export/account-links").then().statusCode(200).extract().asString();
        assertTrue(links.contains(sha256(token)));
        assertFalse(links.contains(token));
        staff().get("/api/staff/export/customer-addresses").then().statusCode(200);
        staff().get("/api/staff/export/customer-login-failures").then().statusCode(404);
        assertNull(Shop.text("SELECT email FROM customer_session WHERE token_hash = ?", session));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "not within 60 s");
            Thread.sleep(200);
        }
    }

    private static Response confirm(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "password", password))
                .post("/api/accounts/password-reset/confirm");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
