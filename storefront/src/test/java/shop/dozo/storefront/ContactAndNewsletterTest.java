package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The contact form and the newsletter's double opt-in against the real cart-service and SMTP server. */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(33)
class ContactAndNewsletterTest {

    @Test
    void theContactFormIsSentAndAMissingMessageIsExplainedWithWhatWasTypedKept() {
        Shopper shopper = new Shopper();
        String form = shopper.get("/contact").then().statusCode(200).extract().asString();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(key.find());
        String refused = shopper.post("/contact", Map.of("name", "山田 花子", "email", "hanako@example.jp",
                "subject", "配送について", "message", "", "key", key.group(1))).then().statusCode(400).extract()
                .asString();
        assertTrue(refused.contains("お問い合わせ内容を入力してください。") && refused.contains("value=\"配送について\""),
                refused);
        String sent = shopper.post("/contact", Map.of("name", "山田 花子", "email", "hanako@example.jp", "subject",
                "配送について", "message", "豆腐は冷蔵で届きますか？", "key", key.group(1))).then().statusCode(200)
                .extract().asString();
        assertTrue(sent.contains("お問い合わせを受け付けました"), sent);
    }

    @Test
    void aNewsletterSignUpIsConfirmedByTheMailedLinkAndABadLinkGetsAClearPage() {
        String email = "news-" + System.nanoTime() + "@example.jp";
        Shopper shopper = new Shopper();
        String form = shopper.get("/newsletter").then().statusCode(200).extract().asString();
        assertTrue(form.contains("お店からのお知らせ（新商品・キャンペーンのご案内）をメールで受け取る"), "the wording shown");
        shopper.post("/newsletter", Map.of("email", email)).then().statusCode(200);
        String page = shopper.get(AccountPagesTest.linkIn(email, "/newsletter/confirm")).then().statusCode(200)
                .extract().asString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        String confirmed = shopper.post("/newsletter/confirm", Map.of("token", token.group(1))).then()
                .statusCode(200).extract().asString();
        assertTrue(confirmed.contains("メールマガジンに登録しました"), confirmed);

        shopper.get("/newsletter/unsubscribe?token=" + "C".repeat(43)).then().statusCode(200);
        String bad = shopper.post("/newsletter/unsubscribe", Map.of("token", "C".repeat(43))).then()
                .statusCode(400).extract().asString();
        assertTrue(bad.contains("このリンクは無効か、期限が切れています"), bad);
    }
}
