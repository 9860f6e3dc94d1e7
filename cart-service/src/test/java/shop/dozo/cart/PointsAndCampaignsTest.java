package shop.dozo.cart;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.points.PointsExpiry;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Points earned (1 % of the item total, times a running campaign), spent at checkout, and the ledger. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class PointsAndCampaignsTest {

    @BeforeEach
    void products() {
        CatalogContract.product("PT-COFFEE", "フェアトレード 有機コーヒー豆", 1296, 8, false, 1000);
        CatalogContract.product("PT-LINER", "布ナプキン ライナー", 1100, 10, false, 1000);
    }

    @AfterEach
    void noCampaignKeepsRunning() {
        for (String code : staff().get("/api/staff/campaigns").then().extract().jsonPath().<String>getList("code")) {
            staff().post("/api/staff/campaigns/" + code + "/end").then().statusCode(200);
        }
        assertEquals(0, CatalogContract.openReservations());
    }

    @Test
    void withoutACampaignAnOrderEarnsOnePercentOfItsItemsRoundedDown() {
        // 1,296 + 1,100 × 2 = 3,496 yen of items → 34 points (the 770 shipping earns nothing).
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)), order("earn@example.jp")).then().statusCode(201)
                .body("itemsTotalYen", equalTo(3496)).body("pointsEarned", equalTo(34))
                .body("campaignCode", equalTo(null));
        customer("earn@example.jp").then().body("pointsBalance", equalTo(34))
                .body("ledger.reason", contains("earned")).body("ledger.delta", contains(34));
    }

    @Test
    void aRunningCampaignMultipliesAndACodeChoosesAmongRunningOnes() {
        createCampaign("TEST-5X", 5, OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusHours(1));
        createCampaign("TEST-3X", 3, OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusHours(1));
        // floor(3,496 × 1 % × 5) = 174: rounded once, after multiplying.
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)), order("camp@example.jp")).then().statusCode(201)
                .body("pointsEarned", equalTo(174)).body("campaignCode", equalTo("TEST-5X"));
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)),
                order("camp@example.jp", "campaignCode", "test-3x"))
                .then().statusCode(201).body("pointsEarned", equalTo(104)).body("campaignCode", equalTo("TEST-3X"));
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1)), order("camp@example.jp", "campaignCode", "NOPE"))
                .then().statusCode(422).body("errors.field", hasItem("campaignCode"));
        io.restassured.RestAssured.get("/api/campaigns/active").then().statusCode(200)
                .body("code", contains("TEST-5X", "TEST-3X"));
        customer("camp@example.jp").then().body("pointsBalance", equalTo(278))
                .body("ledger.campaign", contains("TEST-5X", "TEST-3X"));

        staff().post("/api/staff/campaigns/TEST-5X/end").then().statusCode(200);
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)), order("camp@example.jp")).then().statusCode(201)
                .body("pointsEarned", equalTo(104)).body("campaignCode", equalTo("TEST-3X"));
    }

    @Test
    void theDemoRenewalCampaignIsForJulyInJapanOnly() {
        createCampaign("RENEWAL-10X", 10, OffsetDateTime.parse("2026-07-01T00:00:00+09:00"),
                OffsetDateTime.parse("2026-07-31T23:59:59+09:00")).then().statusCode(201)
                .body("startsAt", equalTo("2026-06-30T15:00:00Z")).body("pointsMultiplier", equalTo(10));
        createCampaign("renewal-10x", 2, OffsetDateTime.now(), OffsetDateTime.now().plusDays(1)).then().statusCode(409)
                .body("errors.field", hasItem("code"));
        createCampaign("BACKWARDS", 2, OffsetDateTime.now(), OffsetDateTime.now().minusDays(1)).then().statusCode(400)
                .body("errors.field", hasItem("endsAt"));
        createCampaign("TOO-MUCH", 1000, OffsetDateTime.now(), OffsetDateTime.now().plusDays(1)).then().statusCode(400)
                .body("errors.field", hasItem("pointsMultiplier"));
        io.restassured.RestAssured.get("/api/campaigns/active").then().body("code", not(hasItem("RENEWAL-10X")));
    }

    /** Points are for signed-in customers (issue 17): a guest's order earns none, for whatever e-mail it gives. */
    @Test
    void aGuestCheckoutEarnsNoPoints() {
        checkout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)), order("guest-earns@example.jp")).then()
                .statusCode(201).body("itemsTotalYen", equalTo(3496)).body("pointsEarned", equalTo(0));
        customer("guest-earns@example.jp").then().body("pointsBalance", equalTo(0)).body("ledger", hasSize(0));
    }

    /**
     * Guests cannot spend points (issue 14), not even a customer's by typing their e-mail (see ShopperPrivacyTest);
     * the answer names no balance.
     */
    @Test
    void pointsInAGuestCheckoutAreRefusedAndNothingIsReservedOrWritten() {
        memberCheckout(cartWith(Map.of("PT-LINER", 1)), order("greedy@example.jp")).then().statusCode(201); // 11 points
        long orders = count("SELECT COUNT(*) FROM customer_order");
        int reserveCalls = CatalogContract.calls("reserve");
        for (int points : new int[]{11, 12, 1871}) {
            checkout(cartWith(Map.of("PT-LINER", 1)), order("greedy@example.jp", "usePoints", points)).then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("usePoints"))
                    .body("detail", not(containsString("11")));
        }
        checkout(cartWith(Map.of("PT-LINER", 1)), order("nobody@example.jp", "usePoints", 1)).then()
                .statusCode(400).body("errors.field", hasItem("usePoints"));
        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order"));
        assertEquals(reserveCalls, CatalogContract.calls("reserve"));
        customer("greedy@example.jp").then().body("pointsBalance", equalTo(11));
    }

    @Test
    void cancellingTakesBackTheEarnedPoints() {
        memberCheckout(cartWith(Map.of("PT-COFFEE", 1, "PT-LINER", 2)), order("undo@example.jp")).then()
                .statusCode(201);
        String number = memberCheckout(cartWith(Map.of("PT-LINER", 1)), order("undo@example.jp"))
                .then().statusCode(201).body("pointsEarned", equalTo(11)).extract().path("orderNumber");
        customer("undo@example.jp").then().body("pointsBalance", equalTo(34 + 11));
        Shop.changeStatus(number, "cancelled", "お客様都合").then().statusCode(200);
        customer("undo@example.jp").then().body("pointsBalance", equalTo(34))
                .body("ledger.reason", contains("earned", "earned", "refunded"))
                .body("ledger.delta", contains(34, 11, -11));
    }

    @Test
    void staffRecordExpiredPointsButNeverMoreThanTheBalance() {
        memberCheckout(cartWith(Map.of("PT-LINER", 2)), order("expire@example.jp")).then().statusCode(201); // 22 points
        staff().contentType(ContentType.JSON).body(Map.of("points", 23, "note", "有効期限切れ"))
                .post("/api/staff/customers/expire@example.jp/points/expirations").then().statusCode(422)
                .body("errors.field", hasItem("points"));
        staff().contentType(ContentType.JSON).body(Map.of("points", 22, "note", "有効期限切れ"))
                .post("/api/staff/customers/expire@example.jp/points/expirations").then().statusCode(200)
                .body("pointsBalance", equalTo(0)).body("ledger.reason", contains("earned", "expired"))
                .body("ledger[1].createdBy", equalTo("staff@dozo.test"));
        staff().get("/api/staff/customers/nobody-here@example.jp/points").then().statusCode(404);
    }

    @Inject
    PointsExpiry expiry;

    @Test
    void pointsExpireAfterAYearWithoutEarningOrUsingAny() {
        memberCheckout(cartWith(Map.of("PT-LINER", 2)), order("dormant@example.jp")).then().statusCode(201); // 22 points
        memberCheckout(cartWith(Map.of("PT-LINER", 1)), order("regular@example.jp")).then().statusCode(201); // 11 points
        assertEquals(1, Shop.update("UPDATE points_ledger SET created_at = NOW(6) - INTERVAL 366 DAY WHERE email = ?",
                "dormant@example.jp"));

        assertEquals(List.of("dormant@example.jp"), expiry.expireDormantBalances());
        customer("dormant@example.jp").then().body("pointsBalance", equalTo(0))
                .body("ledger.reason", contains("earned", "expired")).body("ledger.delta", contains(22, -22));
        customer("regular@example.jp").then().body("pointsBalance", equalTo(11));
        assertEquals(List.of(), expiry.expireDormantBalances(),
                "a second run (or another replica) expires nothing twice");
    }

    @Test
    void twoReplicasRunningTheExpiryAtOnceExpireEachBalanceOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            memberCheckout(cartWith(Map.of("PT-LINER", 1)), order("race-" + i + "@example.jp")).then().statusCode(201);
        }
        Shop.update("UPDATE points_ledger SET created_at = NOW(6) - INTERVAL 400 DAY WHERE email LIKE 'race-%'");
        // Every replica runs the job on its own schedule; here two at the same moment, each in its own transactions.
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // As the scheduler runs a job: in a request context of its own.
            java.util.concurrent.Callable<List<String>> replica = () -> {
                var context = io.quarkus.arc.Arc.container().requestContext();
                context.activate();
                try {
                    return expiry.expireDormantBalances();
                } finally {
                    context.terminate();
                }
            };
            var first = replicas.submit(replica);
            var second = replicas.submit(replica);
            List<String> expired = new java.util.ArrayList<>(first.get());
            expired.addAll(second.get());
            assertEquals(6, expired.size(), "each dormant balance expired by exactly one of the two: " + expired);
        } finally {
            replicas.shutdown();
        }
        for (int i = 0; i < 6; i++) {
            customer("race-" + i + "@example.jp").then().body("pointsBalance", equalTo(0))
                    .body("ledger.reason", contains("earned", "expired"));
        }
    }

    private static Response memberCheckout(String cart, Map<String, Object> body) {
        return Members.checkout(Members.sessionFor((String) body.get("email")), cart, body);
    }

    private static Response customer(String email) {
        return staff().get("/api/staff/customers/" + email + "/points");
    }

    private static Response createCampaign(String code, int multiplier, OffsetDateTime from, OffsetDateTime to) {
        return staff().contentType(ContentType.JSON).body(Map.of("code", code, "name", "キャンペーン " + code,
                "pointsMultiplier", multiplier, "startsAt",
                from.withOffsetSameInstant(ZoneOffset.ofHours(9)).toString(),
                "endsAt", to.withOffsetSameInstant(ZoneOffset.ofHours(9)).toString())).post("/api/staff/campaigns");
    }
}
