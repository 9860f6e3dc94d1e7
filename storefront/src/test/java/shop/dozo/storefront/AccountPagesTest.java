package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.Mailbox;

/**
 * Accounts against the real cart-service and a real SMTP server: sign up, verify with the link the mail brought,
 * sign in (an HttpOnly session cookie), My Page, a signed-in checkout, sign out; and the clear pages for bad links.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(32)
class AccountPagesTest {
    static final String PASSWORD = "kotori-secret-42";

    /** The path and query of the storefront link in the last mail to {@code email} that has one for {@code path}. */
    static String linkIn(String email, String path) {
        Mailbox.Mail mail = ShopStack.mailbox().await(email, m -> m.text() != null && m.text().contains(path),
                Duration.ofSeconds(60));
        Matcher link = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(mail.text());
        assertTrue(link.find(), mail.text());
        return link.group();
    }

    /** Signs up, verifies by the mailed link and signs in: the shopper then holds a session cookie. */
    static Shopper signedUpAndIn(String email) {
        Shopper shopper = new Shopper();
        shopper.get("/account/signup").then().statusCode(200);
        String sent = shopper.post("/account/signup", Map.of("email", email, "password", PASSWORD, "fullName",
                "鈴木 一郎", "fullNameKana", "すずき いちろう")).then().statusCode(200).extract().asString();
        assertTrue(sent.contains("確認メールをお送りしました"), sent);

        String verifyPage = shopper.get(linkIn(email, "/account/verify")).then().statusCode(200).extract().asString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(verifyPage);
        assertTrue(token.find());
        String verified = shopper.post("/account/verify", Map.of("token", token.group(1))).then().statusCode(200)
                .extract().asString();
        assertTrue(verified.contains("会員登録が完了しました"), verified);

        shopper.get("/account/login");
        Response in = shopper.post("/account/login", Map.of("email", email, "password", PASSWORD));
        in.then().statusCode(303);
        assertEquals("/mypage", CartFlowTest.path(in.getHeader("Location")));
        return shopper;
    }

    @Test
    void signUpVerifySignInMyPageCheckoutAndSignOut() {
        String email = "ichiro-" + System.nanoTime() + "@example.jp";
        Shopper shopper = signedUpAndIn(email);
        String cookie = shopper.setCookieHeaders.get("dozo_session");
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly") && cookie.contains("SameSite=Lax"),
                cookie);

        String myPage = shopper.get("/mypage").then().statusCode(200).header("Cache-Control", "no-store").extract()
                .asString();
        assertTrue(myPage.contains("鈴木 一郎 様") && myPage.contains("ご注文はまだありません。"), myPage);
        assertTrue(myPage.contains("href=\"/mypage\" class=\"mypage-link\""), "the header links My Page");

        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "1"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"" + email + "\""), "a signed-in checkout starts from the account");
        assertTrue(form.contains("name=\"usePoints\"") && form.contains("お持ちのポイント：0ポイント"), form);
        Map<String, String> order = CheckoutTest.address(CheckoutTest.key(form));
        order.put("email", email);
        shopper.post("/checkout", order).then().statusCode(303);
        String number = CheckoutTest.orderNumber(shopper.get("/order/thanks").asString());

        String listed = shopper.get("/mypage").then().statusCode(200).extract().asString();
        assertTrue(listed.contains("data-order=\"" + number + "\""), listed);
        String detail = shopper.get("/mypage/orders/" + number).then().statusCode(200).extract().asString();
        assertTrue(detail.contains(number) && detail.contains("もう一度購入する"));
        shopper.get("/mypage/orders/DZ-000000-0000").then().statusCode(404);

        Response reordered = shopper.post("/mypage/orders/" + number + "/reorder", Map.of());
        reordered.then().statusCode(303);
        assertTrue(shopper.get("/cart?notice=reordered").asString().contains("data-sku=\"FT-CHOCO-50\""));

        shopper.post("/account/logout", Map.of()).then().statusCode(303);
        assertFalse(shopper.cookies.containsKey("dozo_session"), "signing out drops the cookie");
        Response out = shopper.get("/mypage");
        out.then().statusCode(303);
        assertEquals("/account/login", CartFlowTest.path(out.getHeader("Location")));
    }

    @Test
    void aWrongPasswordAndAnUnverifiedAccountAreExplained() {
        String email = "unverified-" + System.nanoTime() + "@example.jp";
        Shopper shopper = new Shopper();
        shopper.get("/account/signup");
        shopper.post("/account/signup", Map.of("email", email, "password", PASSWORD, "fullName", "佐藤 花",
                "fullNameKana", "サトウ ハナ")).then().statusCode(200);
        String unverified = shopper.post("/account/login", Map.of("email", email, "password", PASSWORD)).then()
                .statusCode(403).extract().asString();
        assertTrue(unverified.contains("メールアドレスの確認がまだ済んでいません"), unverified);
        String wrong = shopper.post("/account/login", Map.of("email", email, "password", "not-the-password")).then()
                .statusCode(401).extract().asString();
        assertTrue(wrong.contains("メールアドレスかパスワードが違います。"));
        String weak = shopper.post("/account/signup", Map.of("email", "weak-" + email, "password", "short",
                "fullName", "佐藤 花", "fullNameKana", "サトウ ハナ")).then().statusCode(400).extract().asString();
        assertTrue(weak.contains("パスワードは8文字以上で入力してください"), weak);
    }

    @Test
    void wrongLinksGetAClearPageAndAForgedSessionIsJustSignedOut() {
        Shopper shopper = new Shopper();
        String page = shopper.get("/account/verify?token=" + "A".repeat(43)).then().statusCode(200).extract()
                .asString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        String invalid = shopper.post("/account/verify", Map.of("token", token.group(1))).then().statusCode(400)
                .extract().asString();
        assertTrue(invalid.contains("このリンクは使えません") && invalid.contains("もう一度会員登録"), invalid);
        assertTrue(shopper.get("/account/verify?token=%3Cscript%3E").then().statusCode(400).extract().asString()
                .contains("このリンクは使えません"));
        assertTrue(shopper.get("/account/password-reset/confirm").then().statusCode(400).extract().asString()
                .contains("このリンクは使えません"));

        shopper.cookies.put("dozo_session", "B".repeat(43));
        Response mine = shopper.get("/mypage");
        mine.then().statusCode(303);
        assertEquals("/account/login", CartFlowTest.path(mine.getHeader("Location")));
    }

    @Test
    void aPasswordResetByTheMailedLinkEndsTheOldPassword() {
        String email = "reset-" + System.nanoTime() + "@example.jp";
        Shopper shopper = signedUpAndIn(email);
        Shopper forgetful = new Shopper();
        forgetful.get("/account/password-reset");
        forgetful.post("/account/password-reset", Map.of("email", email)).then().statusCode(200);
        String form = forgetful.get(linkIn(email, "/account/password-reset/confirm")).then().statusCode(200)
                .extract().asString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(token.find());
        forgetful.post("/account/password-reset/confirm", Map.of("token", token.group(1), "password",
                "a-new-kotori-pass")).then().statusCode(200);
        String used = forgetful.post("/account/password-reset/confirm", Map.of("token", token.group(1), "password",
                "another-new-pass")).then().statusCode(400).extract().asString();
        assertTrue(used.contains("このリンクは使えません") || used.contains("期限"), used);
        shopper.get("/mypage").then().statusCode(303); // the old session ended with the reset
        forgetful.post("/account/login", Map.of("email", email, "password", PASSWORD)).then().statusCode(401);
        forgetful.post("/account/login", Map.of("email", email, "password", "a-new-kotori-pass")).then()
                .statusCode(303);
    }

    @Test
    void savedAddressesFillTheCheckoutAndPaidPointsCanBeSpentThere() {
        String email = "points-" + System.nanoTime() + "@example.jp";
        Shopper shopper = signedUpAndIn(email);
        shopper.get("/mypage/addresses").then().statusCode(200);
        Map<String, String> address = new java.util.HashMap<>(Map.of("label", "自宅", "fullName", "鈴木 一郎",
                "fullNameKana", "スズキ イチロウ", "postalCode", "060-0001", "prefecture", "Hokkaido", "city",
                "札幌市中央区", "street", "北1条西2-3", "phone", "011-123-4567"));
        String refused = shopper.post("/mypage/addresses", address).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("都道府県を選んでください。"), "an unknown prefecture is refused: " + refused);
        address.put("prefecture", "北海道");
        shopper.post("/mypage/addresses", address).then().statusCode(303);
        assertTrue(shopper.get("/mypage/addresses").asString().contains("北1条西2-3"));

        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "3"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"060-0001\"") && form.contains("<option value=\"北海道\" selected>"),
                "the saved address fills the form");
        Map<String, String> order = CheckoutTest.address(CheckoutTest.key(form));
        order.putAll(Map.of("email", email, "postalCode", "060-0001", "prefecture", "北海道", "city", "札幌市中央区",
                "street", "北1条西2-3"));
        shopper.post("/checkout", order).then().statusCode(303);
        String number = CheckoutTest.orderNumber(shopper.get("/order/thanks").asString());
        String pending = shopper.get("/mypage").asString();
        assertTrue(pending.contains("class=\"points-balance\">0<"), "a transfer earns once it is paid: " + pending);

        var stack = ShopStack.get();
        new shop.dozo.backing.ShopApi(stack.ownerToken()).post(stack.url("cart-service") + "/api/staff/orders/"
                + number + "/status", "{\"status\":\"paid\"}");
        Matcher balance =
                Pattern.compile("class=\"points-balance\">(\\d+)<").matcher(shopper.get("/mypage").asString());
        assertTrue(balance.find() && Integer.parseInt(balance.group(1)) > 0, "credited on payment");
        assertTrue(shopper.get("/mypage/points").asString().contains(number), "the ledger names the order");

        shopper.get("/product/FT-CHOCO-50");
        shopper.post("/cart/add", Map.of("sku", "FT-CHOCO-50", "quantity", "1"));
        Map<String, String> again = CheckoutTest.address(CheckoutTest.key(shopper.get("/checkout").asString()));
        again.put("email", email);
        again.put("usePoints", "1");
        String confirm = shopper.post("/checkout/confirm", again).then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("−¥1</dd>"), "the point is taken off: " + confirm);
        assertTrue(confirm.contains("<dd class=\"amount-due\">¥1,147</dd>"), "¥378 + ¥770 − 1 point");
        again.put("usePoints", "999999");
        String tooMany = shopper.post("/checkout/confirm", again).then().statusCode(400).extract().asString();
        assertTrue(tooMany.contains("ご利用ポイントは0以上の数字で"), tooMany);
    }

    @Test
    void leavingNeedsThePasswordAndThenTheAccountIsGone() {
        String email = "leaver-" + System.nanoTime() + "@example.jp";
        Shopper shopper = signedUpAndIn(email);
        shopper.get("/mypage/delete").then().statusCode(200);
        String wrong = shopper.post("/mypage/delete", Map.of("password", "not-it-at-all")).then().statusCode(403)
                .extract().asString();
        assertTrue(wrong.contains("パスワードが違います。"), wrong);
        Response gone = shopper.post("/mypage/delete", Map.of("password", PASSWORD));
        gone.then().statusCode(303);
        assertEquals("/account/deleted", CartFlowTest.path(gone.getHeader("Location")));
        assertTrue(shopper.get("/account/deleted").asString().contains("退会しました"));
        assertFalse(shopper.cookies.containsKey("dozo_session"));
        shopper.get("/account/login");
        shopper.post("/account/login", Map.of("email", email, "password", PASSWORD)).then().statusCode(401);
    }
}
