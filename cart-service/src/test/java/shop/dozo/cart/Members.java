package shop.dozo.cart;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shop.dozo.testsupport.GreenMailTestResource;
import shop.dozo.testsupport.Mailbox;

/** Customers with accounts, driven through cart-service's account API as the storefront drives it. */
public final class Members {
    private static final Pattern LINK_TOKEN = Pattern.compile("[?&]token=([^&\\s]+)");
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
     * The raw token of the newest link mail of this kind to this address. While the outbox row still holds it
     * (classes where the sender job is off) it is read from the row's data; once the sender has sent the mail
     * and cleared the data, from the mail GreenMail caught, matched to the row by the token's SHA-256 (the row's
     * event key is {@code <kind>:<sha256 of the token>}).
     */
    public static String mailedToken(String email, String kind) {
        String eventKey = Shop.text("SELECT event_key FROM mail_outbox WHERE recipient = ? AND kind = ? "
                + "ORDER BY id DESC LIMIT 1", email, kind);
        if (eventKey == null) {
            return null;
        }
        String data = Shop.text("SELECT data FROM mail_outbox WHERE event_key = ?", eventKey);
        if (data != null) {
            try {
                return new ObjectMapper().readTree(data).path("token").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        String hash = eventKey.substring(eventKey.indexOf(':') + 1);
        return tokenIn(linkMail(email, hash));
    }

    /** The mail GreenMail caught whose link carries the token of this SHA-256. */
    public static Mailbox.Mail linkMail(String email, String tokenHash) {
        return GreenMailTestResource.mailbox().await(email,
                mail -> tokenHash.equals(CustomerAccountsTest.sha256(tokenIn(mail))), Duration.ofSeconds(60));
    }

    /** The token of the link in a mail's text ({@code https://shop/account/verify?token=...&lang=ja}). */
    public static String tokenIn(Mailbox.Mail mail) {
        Matcher link = LINK_TOKEN.matcher(mail.text() == null ? "" : mail.text());
        return link.find() ? URLDecoder.decode(link.group(1), StandardCharsets.UTF_8) : "";
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
