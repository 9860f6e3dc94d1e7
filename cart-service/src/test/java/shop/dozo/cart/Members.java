package shop.dozo.cart;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Customers with accounts, driven through cart-service's account API as the storefront drives it. */
public final class Members {
    public static final String PASSWORD = "正しいパスワード-2026";
    public static final String SESSION = "X-Dozo-Customer-Session";

    private Members() {
    }

    public static String email(String what) {
        return what + "-" + UUID.randomUUID() + "@example.jp";
    }

    public static Response signUp(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password, "fullName",
                "山田 花子", "fullNameKana", "やまだ はなこ", "lang", "ja")).post("/api/accounts");
    }

    /**
     * The raw token of the newest link mail of this kind to this address, read from the outbox row's data in the
     * test database. MERGE NOTE (h1-mail): once test-support's GreenMail resource is on this branch, read the
     * link from the mail GreenMail caught instead; the outbox data is cleared after sending.
     */
    public static String mailedToken(String email, String kind) {
        String data = Shop.text("SELECT data FROM mail_outbox WHERE recipient = ? AND kind = ? ORDER BY id DESC "
                + "LIMIT 1", email, kind);
        if (data == null) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(data).path("token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static long mails(String email, String kind) {
        return Shop.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = ?", email, kind);
    }

    public static Response verify(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/accounts/verify");
    }

    public static Response signIn(String client, String email, String password) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password)).post("/api/sessions");
    }

    /** Signs up, opens the mailed link, signs in: the session token. */
    public static String signedIn(String email) {
        signUp(email, PASSWORD).then().statusCode(202);
        verify(mailedToken(email, "ACCOUNT_VERIFICATION")).then().statusCode(200);
        return signIn(client(), email, PASSWORD).then().statusCode(201).extract().path("sessionToken");
    }

    public static RequestSpecification as(String session) {
        return given().header(SESSION, session);
    }

    public static Response checkout(String session, String cart, Map<String, Object> body) {
        return as(session).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body).post("/api/carts/" + cart + "/checkout");
    }

    private static final Map<String, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A session of this address's account, signed up and in on first use (tests reuse fixed e-mails). */
    public static String sessionFor(String email) {
        return SESSIONS.computeIfAbsent(email, Members::signedIn);
    }

    /** Checks out a new cart with these items as the signed-in customer of this e-mail: the order number. */
    public static String placeOrder(String email, Map<String, Integer> items) {
        return checkout(sessionFor(email), Shop.cartWith(items), Shop.order(email)).then().statusCode(201).extract()
                .path("orderNumber");
    }

    /** A client address of its own (the tests run from loopback, a trusted proxy), so throttles do not meet. */
    public static String client() {
        int random = UUID.randomUUID().hashCode();
        return "10." + (random & 0x7f) + "." + ((random >> 8) & 0xff) + "." + ((random >> 16) & 0xff);
    }
}
