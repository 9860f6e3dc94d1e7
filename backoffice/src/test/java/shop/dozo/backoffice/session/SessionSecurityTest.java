package shop.dozo.backoffice.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/**
 * The session and form protections over real HTTP: a forged or altered cookie, a form without its token or from
 * another site, an idle session, and a form that arrives after the session ended (kept through signing in again).
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class SessionSecurityTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL backoffice;

    @Inject
    SessionCookie cookies;

    @Test
    void withoutASessionEveryScreenSendsToSignInEvenOnesThatDoNotExist() {
        for (String path : new String[]{"/", "/orders", "/products/CP-LINER-01", "/no-such-screen", "/accounts"}) {
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", startsWith("/signin?next="));
        }
    }

    @Test
    void aSignedInCookieIsHttpOnlySameSiteAndAnAlteredOneIsWorthNothing() {
        SignedIn owner = signIn(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        assertTrue(owner.setCookie.toLowerCase().contains("httponly") && owner.setCookie.contains("SameSite=Lax"),
                owner.setCookie);
        given().cookie(SessionCookie.NAME, owner.session).get("/").then().statusCode(200)
                .body(containsString("ダッシュボード")).body(not(containsString(owner.token)));
        char[] altered = owner.session.toCharArray();
        altered[altered.length / 2] = altered[altered.length / 2] == 'A' ? 'B' : 'A';
        given().redirects().follow(false).cookie(SessionCookie.NAME, new String(altered)).get("/").then()
                .statusCode(303);
        given().redirects().follow(false).cookie(SessionCookie.NAME, "not-a-session").get("/").then().statusCode(303);
    }

    @Test
    void aFormNeedsTheTokenOfItsOwnSessionAndToComeFromThisSite() {
        SignedIn owner = signIn(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        SignedIn other = signIn(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        String stock = "/products/CP-HOLDER-01/stock";
        String token = owner.csrfOf(stock);
        adjust(owner, null, origin()).then().statusCode(403);
        adjust(owner, other.csrfOf(stock), origin()).then().statusCode(403).body(containsString("この操作はできません"));
        adjust(owner, token, "https://evil.example").then().statusCode(403);
        adjust(owner, token, origin()).then().statusCode(303);
    }

    @Test
    void anIdleSessionEndsAndSaysWhy() {
        String token = staffToken(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        Instant now = Instant.now();
        StaffSession idle = new StaffSession("idle-session", StaffPeople.ownerEmail(), Set.of("staff", "owner"), token,
                now.plusSeconds(3000), now.minus(Duration.ofMinutes(31)));
        given().redirects().follow(false).cookie(SessionCookie.NAME, cookies.encode(idle)).get("/orders").then()
                .statusCode(303).header("Location", containsString("expired=1"));
        StaffSession recent = idle.seenAt(now.minus(Duration.ofMinutes(29)));
        given().redirects().follow(false).cookie(SessionCookie.NAME, cookies.encode(recent)).get("/orders").then()
                .statusCode(200);
    }

    @Test
    void aFormSentAfterTheSessionEndedIsKeptThroughSigningInAgain() {
        String token = staffToken(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        Instant now = Instant.now();
        StaffSession ended = new StaffSession("ended", StaffPeople.ownerEmail(), Set.of("staff", "owner"), token,
                now.plusSeconds(3000), now.minus(Duration.ofHours(2)));
        String stock = "/products/CP-HOLDER-01/stock";
        Response kept = given().cookie(SessionCookie.NAME, cookies.encode(ended)).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", "whatever").formParam("delta", "7").formParam("reason", "delivery")
                .formParam("note", "入荷 <b>7</b>").post(stock);
        assertEquals(401, kept.statusCode());
        assertTrue(kept.body().asString().contains("name=\"keep:note\" value=\"入荷 &lt;b&gt;7&lt;/b&gt;\""),
                kept.body().asString());

        // From another site, nothing is kept: signing in must not send someone else's form.
        Response foreign = given().cookie(SessionCookie.NAME, cookies.encode(ended))
                .header("Origin", "https://evil.example").formParam("delta", "7").post(stock);
        assertTrue(!foreign.body().asString().contains("keep:delta"), foreign.body().asString());

        Response signInPage = given().get("/signin");
        String nonce = signInPage.cookie(Csrf.SIGN_IN_COOKIE);
        Response resumed = given().cookie(Csrf.SIGN_IN_COOKIE, nonce).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", csrf(signInPage.body().asString())).formParam("next", stock)
                .formParam("email", StaffPeople.ownerEmail()).formParam("password", StaffPeople.ownerPassword())
                .formParam("keep:delta", "7").formParam("keep:reason", "delivery").formParam("keep:note", "入荷")
                .post("/signin");
        assertEquals(200, resumed.statusCode(), resumed.body().asString());
        String page = resumed.body().asString();
        assertTrue(page.contains("action=\"" + stock + "\"") && page.contains("name=\"delta\" value=\"7\""), page);
    }

    @Test
    void aStaffMemberCannotPostToTheOwnerScreensEvenWithAValidToken() {
        StaffPeople.ensureStaff();
        SignedIn staff = signIn(StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
        String token = staff.csrfOf("/");
        given().cookie(SessionCookie.NAME, staff.session).header("Origin", origin()).formParam("_csrf", token)
                .formParam("email", "new@dozo.test").post("/accounts").then().statusCode(403)
                .body(containsString("オーナー専用"));
    }

    @Test
    void signingOutClearsTheCookie() {
        SignedIn owner = signIn(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        Response out = given().redirects().follow(false).cookie(SessionCookie.NAME, owner.session)
                .header("Origin", origin()).formParam("_csrf", owner.csrfOf("/")).post("/signout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Set-Cookie").contains(SessionCookie.NAME + "=;"), out.header("Set-Cookie"));
    }

    private Response adjust(SignedIn who, String token, String origin) {
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, who.session)
                .header("Origin", origin).formParam("delta", "1").formParam("reason", "delivery");
        if (token != null) {
            request.formParam("_csrf", token);
        }
        return request.post("/products/CP-HOLDER-01/stock");
    }

    private String origin() {
        return "http://" + backoffice.getHost() + ":" + backoffice.getPort();
    }

    private static String staffToken(String email, String password) {
        ShopApi.Reply reply = new ShopApi(null).post(BackofficeStack.get().url("content-service") + "/api/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), "a form with a CSRF token: " + html);
        return matcher.group(1);
    }

    private SignedIn signIn(String email, String password) {
        Response page = given().get("/signin");
        String nonce = page.cookie(Csrf.SIGN_IN_COOKIE);
        Response signedIn = given().redirects().follow(false).cookie(Csrf.SIGN_IN_COOKIE, nonce)
                .header("Origin", origin()).formParam("_csrf", csrf(page.body().asString()))
                .formParam("email", email).formParam("password", password).formParam("next", "/").post("/signin");
        assertEquals(303, signedIn.statusCode(), signedIn.body().asString());
        String session = signedIn.cookie(SessionCookie.NAME);
        assertNotNull(session);
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        return new SignedIn(session, setCookie, staffToken(email, password));
    }

    private record SignedIn(String session, String setCookie, String token) {
        String csrfOf(String path) {
            return csrf(given().cookie(SessionCookie.NAME, session).get(path).body().asString());
        }
    }
}
