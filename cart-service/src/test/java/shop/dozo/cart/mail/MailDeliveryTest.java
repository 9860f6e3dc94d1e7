package shop.dozo.cart.mail;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.Shop;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.contract.ContentSettingsResource;
import shop.dozo.testsupport.GreenMailTestResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.Mailbox;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Order mails through a real SMTP server (GreenMail): an order placed while the server is down still stands, and
 * its mail arrives once, with its one Message-ID, after the server is back.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
@WithTestResource(ContentSettingsResource.class)
@WithTestResource(GreenMailTestResource.class)
public class MailDeliveryTest {
    /** Longer than one stuck SMTP conversation (quarkus.mailer.timeout) plus its retry. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void anOrderPlacedWhileTheMailServerIsDownGetsItsMailOnceWhenItIsBack() throws Exception {
        // 8 %: 1,080 × 2 = 2,160 → tax floor(2,160 × 8 / 108) = 160
        // 10 %: 550 + 770 shipping = 1,320 → tax floor(1,320 × 10 / 110) = 120; total 3,480
        CatalogContract.product("MAIL-TEA", "有機ほうじ茶", 1080, 8, false, 10);
        CatalogContract.product("MAIL-CLOTH", "蚊帳ふきん", 550, 10, false, 10);
        String email = "down@example.jp";
        GreenMailTestResource.stopServer();
        String number;
        try {
            number = checkout(cartWith(Shop.items("MAIL-TEA", 2, "MAIL-CLOTH", 1)), order(email)).then()
                    .statusCode(201).body("totalYen", equalTo(3480)).extract().path("orderNumber");
            String id = Shop.orderId(number);
            // The job tries while the server is away, fails, and keeps the mail for later.
            awaitTrue(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE order_id = ? AND state = 'PENDING' "
                    + "AND attempts >= 2 AND last_error IS NOT NULL", id) == 1);
        } finally {
            GreenMailTestResource.startServer();
        }
        String id = Shop.orderId(number);
        Mailbox mailbox = GreenMailTestResource.mailbox();
        Mailbox.Mail mail = mailbox.await(email, PATIENCE);
        awaitTrue(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE order_id = ? AND state = 'SENT'", id) == 1);
        Thread.sleep(3000); // a few more runs of the job: nothing is sent twice
        assertEquals(1, mailbox.to(email).size());
        assertEquals(MessageIds.of("order-received:" + id, "dozo.shop"), mail.messageId());
        assertEquals("【どぞ商店】ご注文を承りました（注文番号 " + number + "）", mail.subject());

        String text = mail.text();
        assertTrue(text.contains("※有機ほうじ茶"), text);
        assertTrue(text.contains("1,080円 × 2 = 2,160円"), text);
        assertTrue(text.contains("※は軽減税率（8%）対象商品です。"), text);
        assertTrue(text.contains("8%対象：2,160円（内消費税 160円）"), text);
        assertTrue(text.contains("10%対象：1,320円（内消費税 120円）"), text);
        assertTrue(text.contains("お支払い金額：3,480円"), text);
        assertTrue(text.contains("登録番号：" + ContentSettingsResource.REGISTRATION_NUMBER), text);
        assertTrue(text.contains("ゆうちょ銀行") && text.contains("口座名義：カ）ドゾ"), text);
        assertTrue(text.contains("お支払い期限："), text);
        assertTrue(text.contains("〒150-0001 東京都渋谷区神宮前1-2-3"), text);
        assertNotNull(mail.html());
        assertTrue(mail.html().contains("内消費税 160円") && mail.html().contains("<table"), mail.html());
    }

    @Test
    void staffMovesSendPaymentShippingAndCancellationMailsWithTheirFigures() throws Exception {
        CatalogContract.product("MAIL-TOFU", "寄せ豆腐", 430, 8, true, 20);
        String email = "moves@example.jp";
        String number = checkout(cartWith(Shop.items("MAIL-TOFU", 3)), order(email)).then().statusCode(201)
                .extract().path("orderNumber");
        String id = Shop.orderId(number);
        Mailbox mailbox = GreenMailTestResource.mailbox();
        Shop.changeStatus(number, "paid", null).then().statusCode(200);
        Mailbox.Mail paid = mailbox.await(email, mail -> mail.subject().contains("ご入金を確認しました"), PATIENCE);
        // 430 × 3 = 1,290 at 8 %; shipping 770 + cool 330 = 1,100 at 10 %
        assertTrue(paid.text().contains("2,390円 を確認いたしました"), paid.text());
        assertTrue(paid.text().contains("クール便料金：330円"), paid.text());

        Shop.staff().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("status", "shipped", "trackingNumber", "4321-0987-6543"))
                .post("/api/staff/orders/" + number + "/status").then().statusCode(200);
        Mailbox.Mail shipped = mailbox.await(email, mail -> mail.subject().contains("発送しました"), PATIENCE);
        assertTrue(shipped.text().contains("お問い合わせ伝票番号：4321-0987-6543"), shipped.text());
        assertTrue(shipped.text().contains(
                "https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=4321-0987-6543"), shipped.text());
        assertTrue(shipped.html().contains("href=\"https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010"
                + "?id=4321-0987-6543\""), shipped.html());
        assertEquals(MessageIds.of("shipped:" + id, "dozo.shop"), shipped.messageId());

        String other = checkout(cartWith(Shop.items("MAIL-TOFU", 1)), order("cancel@example.jp")).then()
                .statusCode(201).extract().path("orderNumber");
        Shop.changeStatus(other, "cancelled", "お客様のご依頼").then().statusCode(200);
        Mailbox.Mail cancelled = mailbox.await("cancel@example.jp", mail -> mail.subject().contains("キャンセル"),
                PATIENCE);
        assertTrue(cancelled.text().contains("ご注文（" + other + "）をキャンセルいたしました"), cancelled.text());
        assertEquals(3, mailbox.to(email).size()); // received, paid, shipped: one each
    }

    @Test
    void englishMailsAndLinkMailsRenderAndTheLinkTokenIsNotKeptOnceSent() throws Exception {
        CatalogContract.product("MAIL-MISO", "Awase miso <mild>", 864, 8, false, 10);
        String email = "english@example.jp";
        String number = checkout(cartWith(Shop.items("MAIL-MISO", 1)), order(email, "paymentMethod",
                "cash_on_delivery")).then().statusCode(201).extract().path("orderNumber");
        String id = Shop.orderId(number);
        queue("order-received-en:" + id, MailKind.ORDER_RECEIVED, email, "en", id, Map.of());
        queue("verify:english", MailKind.ACCOUNT_VERIFICATION, email, "en", null, Map.of("token", "tok/en+1"));
        Mailbox mailbox = GreenMailTestResource.mailbox();
        Mailbox.Mail english = mailbox.await(email, mail -> mail.subject().startsWith("[Dozo Shop] We have received"),
                PATIENCE);
        assertTrue(english.text().contains("※ Awase miso <mild>"), english.text());
        assertTrue(english.text().contains("at 8 %: ¥864 (tax ¥64)"), english.text());
        assertTrue(english.text().contains("PAYMENT: CASH ON DELIVERY"), english.text());
        assertTrue(english.text().contains("Registration number: T1234567890123"), english.text());
        assertTrue(english.html().contains("Awase miso &lt;mild&gt;"), english.html()); // HTML is escaped

        Mailbox.Mail verify = mailbox.await(email, mail -> mail.subject().contains("confirm your e-mail"), PATIENCE);
        assertTrue(verify.text().contains("http://127.0.0.1:8080/account/verify?token=tok%2Fen%2B1&lang=en"),
                verify.text());
        awaitTrue(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE event_key = 'verify:english' "
                + "AND state = 'SENT' AND data IS NULL") == 1);
    }

    @Test
    void aContactMessageGoesToTheShopWithReplyToTheShopper() throws Exception {
        queue("contact:test-1", MailKind.CONTACT, "shop@dozo.test", "ja", null, Map.of("name", "佐藤 一郎",
                "email", "ichiro@example.jp", "subject", "配送について", "message", "土曜日に届きますか？\n よろしく"));
        Mailbox.Mail contact = GreenMailTestResource.mailbox().await("shop@dozo.test",
                mail -> mail.subject().equals("【どぞ商店】お問い合わせ：配送について"), PATIENCE);
        assertEquals("ichiro@example.jp", contact.replyTo());
        assertTrue(contact.text().contains("土曜日に届きますか？"), contact.text());
    }

    @Test
    void aMailThatCouldNotGoOutForTwoDaysIsGivenUpAndCountedForStaff() throws Exception {
        GreenMailTestResource.stopServer();
        try {
            queue("contact:given-up", MailKind.CONTACT, "shop@dozo.test", "ja", null, Map.of("name", "x", "email",
                    "x@example.jp", "subject", "s", "message", "m"));
            // Queued two days ago and never sent since: the next failed try is its last.
            Shop.update("UPDATE mail_outbox SET created_at = NOW(6) - INTERVAL 49 HOUR WHERE event_key = ?",
                    "contact:given-up");
            awaitTrue(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE event_key = 'contact:given-up' "
                    + "AND state = 'FAILED' AND last_error IS NOT NULL") == 1);
        } finally {
            GreenMailTestResource.startServer();
        }
        Shop.staff().get("/api/staff/mail/outbox").then().statusCode(200)
                .body("failed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        Thread.sleep(2500); // the server is back, and a FAILED mail is not tried again
        assertEquals(0, GreenMailTestResource.mailbox().to("shop@dozo.test").stream()
                .filter(m -> m.subject().endsWith("お問い合わせ：s")).count());
    }

    @jakarta.inject.Inject
    Outbox outbox;

    private void queue(String key, MailKind kind, String to, String locale, String orderId, Map<String, String> data) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> outbox.enqueue(key, kind, to, locale, orderId, data));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }
}
