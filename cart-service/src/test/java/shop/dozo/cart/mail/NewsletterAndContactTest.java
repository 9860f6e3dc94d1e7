package shop.dozo.cart.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.count;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.Shop;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.contract.ContentSettingsResource;
import shop.dozo.cart.newsletter.NewsletterTokens;
import shop.dozo.testsupport.GreenMailTestResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.Mailbox;
import shop.dozo.testsupport.MariaDbTestResource;

/** The newsletter's double opt-in and the contact form, with their mails read from a real SMTP server. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
@WithTestResource(ContentSettingsResource.class)
@WithTestResource(GreenMailTestResource.class)
class NewsletterAndContactTest {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String WORDING = "どぞ商店からのお知らせ（メールマガジン）を受け取る";

    @Inject
    NewsletterTokens tokens;

    @Test
    void aSignUpCountsOnlyOnceItsLinkIsOpenedAndEveryStepIsRecordedWithItsWording() {
        String email = "letter@example.jp";
        given().contentType(ContentType.JSON).body(Map.of("email", "Letter@Example.JP", "wording", WORDING))
                .post("/api/newsletter").then().statusCode(202);
        Mailbox.Mail mail = GreenMailTestResource.mailbox().await(email, PATIENCE);
        assertEquals("【どぞ商店】メールマガジン登録のご確認", mail.subject());
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8080/newsletter/confirm\\?token=([A-Za-z0-9_-]+)")
                .matcher(mail.text());
        assertTrue(link.find(), mail.text());
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ? AND state = 'PENDING'",
                email));

        given().contentType(ContentType.JSON).body(Map.of("token", link.group(1))).post("/api/newsletter/confirm")
                .then().statusCode(200).body("status", equalTo("confirmed"));
        given().contentType(ContentType.JSON).body(Map.of("token", link.group(1))).post("/api/newsletter/confirm")
                .then().statusCode(200); // a second click is fine
        assertEquals(2, count("SELECT COUNT(*) FROM newsletter_consent WHERE email = ? AND wording = ? "
                + "AND event IN ('REQUESTED', 'CONFIRMED')", email, WORDING));

        // The consents are shop data: they go into the shop archive, the tokens only as hashes.
        String consents = Shop.staff().get("/api/staff/export/newsletter-consents").then().statusCode(200).extract()
                .asString();
        assertTrue(consents.contains(WORDING) && consents.contains("CONFIRMED"), consents);
        String subscribers = Shop.staff().get("/api/staff/export/newsletter-subscribers").then().statusCode(200)
                .extract().asString();
        assertTrue(subscribers.contains(email) && !subscribers.contains(link.group(1)), subscribers);

        given().contentType(ContentType.JSON).body(Map.of("token", tokens.unsubscribeToken(email)))
                .post("/api/newsletter/unsubscribe").then().statusCode(200).body("status", equalTo("unsubscribed"));
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ? AND state = "
                + "'UNSUBSCRIBED' AND unsubscribed_at IS NOT NULL", email));
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_consent WHERE email = ? AND event = 'UNSUBSCRIBED'",
                email));
    }

    @Test
    void aTickedBoxAtCheckoutStartsTheSameOptInWithTheWordingShownAndTheOrderStands() {
        shop.dozo.cart.contract.CatalogContract.product("NL-TEA", "有機ほうじ茶", 1080, 8, false, 10);
        String email = "checkout-letter@example.jp";
        Map<String, Object> body = new java.util.HashMap<>(Shop.order(email));
        body.put("newsletter", true);
        body.put("newsletterWording", WORDING);
        Shop.checkout(Shop.cartWith(Map.of("NL-TEA", 1)), body).then().statusCode(201);
        // The order's mail and the newsletter's confirmation: two mails, and the opt-in not yet a subscription.
        Mailbox.Mail confirm = GreenMailTestResource.mailbox().await(email,
                mail -> mail.subject().contains("メールマガジン"), PATIENCE);
        assertTrue(confirm.text().contains("/newsletter/confirm?token="), confirm.text());
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ? AND state = 'PENDING'",
                email));
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_consent WHERE email = ? AND event = 'REQUESTED' "
                + "AND wording = ? AND source = 'checkout'", email, WORDING));
    }

    @Test
    void wrongAndExpiredLinksAndBadAddressesAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("token", "not-a-real-token"))
                .post("/api/newsletter/confirm").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://dozo.shop/problems/link-invalid"))
                .body("errors.field", hasItem("token"));
        given().contentType(ContentType.JSON).body(Map.of("token", "not-a-real-token"))
                .post("/api/newsletter/unsubscribe").then().statusCode(400)
                .body("type", equalTo("https://dozo.shop/problems/link-invalid"));
        given().contentType(ContentType.JSON).body(Map.of("email", "no-at-sign", "wording", WORDING))
                .post("/api/newsletter").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"));

        String email = "late@example.jp";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "wording", WORDING, "lang", "en"))
                .post("/api/newsletter").then().statusCode(202);
        Mailbox.Mail mail = GreenMailTestResource.mailbox().await(email, PATIENCE);
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)&lang=en").matcher(mail.text());
        assertTrue(link.find(), mail.text());
        Shop.update("UPDATE newsletter_subscriber SET confirm_expires_at = NOW(6) - INTERVAL 1 MINUTE "
                + "WHERE email = ?", email);
        given().contentType(ContentType.JSON).body(Map.of("token", link.group(1))).post("/api/newsletter/confirm")
                .then().statusCode(400).body("type", equalTo("https://dozo.shop/problems/link-expired"));
    }

    @Test
    void aContactMessageIsMailedToTheShopOncePerIdempotencyKeyAndThrottledPerClient() throws Exception {
        Map<String, String> body = Map.of("name", "田中 次郎", "email", "jiro@example.jp", "subject", "のし紙について",
                "message", "贈答用にのし紙をお願いできますか。\n御歳暮です。");
        for (int i = 0; i < 2; i++) {
            given().header("Idempotency-Key", "contact-once-1").header("X-Forwarded-For", "198.51.100.9")
                    .contentType(ContentType.JSON).body(body).post("/api/contact").then().statusCode(202);
        }
        Mailbox.Mail mail = GreenMailTestResource.mailbox().await("shop@dozo.test",
                m -> m.subject().endsWith("のし紙について"), PATIENCE);
        assertEquals("jiro@example.jp", mail.replyTo());
        assertTrue(mail.text().contains("御歳暮です。"), mail.text());
        Thread.sleep(2500);
        assertEquals(1, GreenMailTestResource.mailbox().to("shop@dozo.test").stream()
                .filter(m -> m.subject().endsWith("のし紙について")).count());

        given().contentType(ContentType.JSON).body(body).post("/api/contact").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        for (int i = 0; i < 5; i++) {
            given().header("Idempotency-Key", "contact-flood-" + i).header("X-Forwarded-For", "203.0.113.7")
                    .contentType(ContentType.JSON).body(body).post("/api/contact").then().statusCode(202);
        }
        given().header("Idempotency-Key", "contact-flood-5").header("X-Forwarded-For", "203.0.113.7")
                .contentType(ContentType.JSON).body(body).post("/api/contact").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
