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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
@TestProfile(MailDeliveryTest.QuickRetries.class)
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
@WithTestResource(ContentSettingsResource.class)
@WithTestResource(GreenMailTestResource.class)
class MailDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The job every second and retries after one second, so a test sees several tries in a few seconds. */
    public static class QuickRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dozo.mail.send-every", "1s", "dozo.mail.first-retry", "1s", "dozo.mail.max-retry", "2s");
        }
    }

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
        assertTrue(text.contains("ゆうちょ銀行") && text.contains("口座名義：ドゾ（カ"), text);
        assertTrue(text.contains("お支払い期限："), text);
        assertTrue(text.contains("〒150-0001 東京都渋谷区神宮前1-2-3"), text);
        assertNotNull(mail.html());
        assertTrue(mail.html().contains("内消費税 160円") && mail.html().contains("<table"), mail.html());
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
