package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.placeOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Issue 14: a shopper's order needs more than an e-mail. Lookups are throttled per address and per e-mail and
 * take the same time found or not, numbers cannot be guessed, the thank-you page has a secret link, guests
 * spend no points, and one cart becomes at most one order. Each client is its own X-Forwarded-For address
 * (the test runs from loopback, a trusted proxy).
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class ShopperPrivacyTest {

    @BeforeEach
    void products() {
        CatalogContract.product("PV-TEA", "有機 煎茶", 1080, 8, false, 10_000);
    }

    private static Response lookup(String client, String number, String email) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("orderNumber", number, "email", email)).post("/api/orders/lookup");
    }

    private static String client() {
        UUID random = UUID.randomUUID();
        return "10." + (random.hashCode() & 0x7f) + "." + ((random.hashCode() >> 8) & 0xff) + "."
                + ((random.hashCode() >> 16) & 0xff);
    }

    private static void assertTooMany(Response answer) {
        answer.then().statusCode(429).contentType("application/problem+json");
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter, "a 429 says when to come back");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 600, retryAfter);
    }

    @Test
    void anEmailGetsAFewMissesInTenMinutesFromAnyNumberOfAddressesThen429WithRetryAfter() {
        String email = "guessed-" + UUID.randomUUID() + "@example.jp";
        String number = placeOrder(email, Map.of("PV-TEA", 1));
        for (int i = 0; i < 5; i++) {
            lookup(client(), "DZ-261203-" + (1000 + i), email).then().statusCode(404);
        }
        // The sixth guess, from yet another address, and even the right number: the e-mail's budget is spent.
        assertTooMany(lookup(client(), "DZ-261203-2000", email));
        assertTooMany(lookup(client(), number, email));
        // Another shopper's lookups are not affected.
        String other = "other-" + UUID.randomUUID() + "@example.jp";
        String theirs = placeOrder(other, Map.of("PV-TEA", 1));
        lookup(client(), theirs, other).then().statusCode(200).body("orderNumber", equalTo(theirs));
    }

    @Test
    void anAddressGetsTenMissesWhateverTheEmailsThen429AndParallelTriesDoNotGetMore() throws Exception {
        String attacker = client();
        // Twenty guesses at once, each for another e-mail: at most the ten of the budget are even tried.
        List<Response> answers = Shop.race(20, 20, i -> lookup(attacker, "DZ-261203-" + (3000 + i),
                "victim-" + i + "-" + UUID.randomUUID() + "@example.jp"));
        long tried = answers.stream().filter(answer -> answer.statusCode() == 404).count();
        assertTrue(tried <= 10, tried + " guesses went through");
        answers.stream().filter(answer -> answer.statusCode() != 404).forEach(ShopperPrivacyTest::assertTooMany);
        // A refused try spends none of the budget, and a race may refuse more than it must (never fewer): the
        // rest of the ten go through one by one, and then the address is refused.
        for (long i = tried; i < 10; i++) {
            lookup(attacker, "DZ-261203-" + (3100 + i), "more-" + UUID.randomUUID() + "@example.jp")
                    .then().statusCode(404);
        }
        assertTooMany(lookup(attacker, "DZ-261203-3999", "late-" + UUID.randomUUID() + "@example.jp"));

        // Ten misses one after another from a fresh address, then 429; its neighbour is still served.
        String guesser = client();
        for (int i = 0; i < 10; i++) {
            lookup(guesser, "DZ-261203-" + (4000 + i), "v" + i + "-" + UUID.randomUUID() + "@example.jp")
                    .then().statusCode(404);
        }
        assertTooMany(lookup(guesser, "DZ-261203-4999", "w-" + UUID.randomUUID() + "@example.jp"));
        String email = "neighbour-" + UUID.randomUUID() + "@example.jp";
        String number = placeOrder(email, Map.of("PV-TEA", 1));
        lookup(client(), number, email).then().statusCode(200);
    }

    @Test
    void aLookupTakesTheSameTimeWhetherTheNumberExistsOrNot() {
        String email = "timing-" + UUID.randomUUID() + "@example.jp";
        String number = placeOrder(email, Map.of("PV-TEA", 1));
        // Found, a number that exists with another e-mail, a number that does not exist, one that cannot:
        // none answers before the floor (dozo.order.lookup.min-time, 250 ms), so the work behind is not seen.
        long[] times = {
                elapsed(() -> lookup(client(), number, email).then().statusCode(200)),
                elapsed(() -> lookup(client(), number, "other-" + UUID.randomUUID() + "@example.jp").then()
                        .statusCode(404)),
                elapsed(() -> lookup(client(), "DZ-261203-ABCD-EFGH", email).then().statusCode(404)),
                elapsed(() -> lookup(client(), "DZ-nonsense", email).then().statusCode(404))};
        for (long millis : times) {
            assertTrue(millis >= 245, "answered after " + millis + " ms: " + java.util.Arrays.toString(times));
        }
    }

    private static long elapsed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void orderNumbersHoldFortyRandomBitsAndOldNumbersAreStillFound() {
        String email = "numbers-" + UUID.randomUUID() + "@example.jp";
        String number = placeOrder(email, Map.of("PV-TEA", 1));
        assertTrue(number.matches("DZ-\\d{6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), number);
        // Read back over the phone in lower case with spaces.
        lookup(client(), number.toLowerCase().replace("-", " "), email).then().statusCode(200);
        // An order from before keeps its four-digit number, and is still found by it.
        String old = "DZ-250101-" + (1000 + (int) (Math.random() * 9000));
        assertEquals(1, Shop.update("UPDATE customer_order SET order_number = ? WHERE order_number = ?", old, number));
        lookup(client(), old, email).then().statusCode(200).body("orderNumber", equalTo(old));
    }

    @Test
    void theCheckoutAnswerCarriesASecretLinkThatShowsTheOrderWithoutTheEmail() {
        String email = "link-" + UUID.randomUUID() + "@example.jp";
        String cart = cartWith(Map.of("PV-TEA", 2));
        String key = UUID.randomUUID().toString();
        Response placed = checkout(cart, key, order(email));
        placed.then().statusCode(201).body("lookupToken", matchesPattern("[A-Za-z0-9_-]{43}"));
        String token = placed.path("lookupToken");
        String number = placed.path("orderNumber");
        link(token).then().statusCode(200).body("orderNumber", equalTo(number)).body("lines[0].quantity", equalTo(2))
                .body("$", not(org.hamcrest.Matchers.hasKey("id")));
        // Only a hash is kept: the database alone opens no order.
        assertEquals(0, Shop.count("SELECT COUNT(*) FROM order_link WHERE token_hash = ? OR token_hash LIKE ?", token,
                "%" + token.substring(0, 20) + "%"));
        assertEquals(1, Shop.count("SELECT COUNT(*) FROM order_link l JOIN customer_order o ON o.id = l.order_id "
                + "WHERE o.order_number = ?", number));
        // A retry of the same checkout gets the order again, with a link of its own; both work.
        String again = checkout(cart, key, order(email)).then().statusCode(200).extract().path("lookupToken");
        assertNotEquals(token, again);
        link(again).then().statusCode(200).body("orderNumber", equalTo(number));
        link(token).then().statusCode(200);
        // A lookup answer never hands out a link; a made-up or malformed token is simply not found.
        lookup(client(), number, email).then().statusCode(200).body("lookupToken", equalTo(null));
        link(token.substring(0, 42) + (token.endsWith("A") ? "B" : "A")).then().statusCode(404)
                .contentType("application/problem+json");
        link("short").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/orders/link").then().statusCode(400);
    }

    private static Response link(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/orders/link");
    }

    @Test
    void aGuestCheckoutCannotSpendACustomersPointsNorLearnTheirBalance() {
        String victim = "points-" + UUID.randomUUID() + "@example.jp";
        Members.placeOrder(victim, Map.of("PV-TEA", 5)); // 5,400 yen of items: 54 points for the signed-in victim
        assertEquals(54, Shop.count("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?", victim));
        for (int points : new int[]{1, 54, 55, 10_000}) {
            Response refused = checkout(cartWith(Map.of("PV-TEA", 1)), order(victim, "usePoints", points));
            refused.then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("usePoints"))
                    .body("detail", containsString("signed-in"));
            assertFalse(refused.asString().contains("54"), "no answer tells the balance: " + refused.asString());
        }
        assertEquals(0, Shop.count("SELECT COUNT(*) FROM points_ledger WHERE email = ? AND reason = 'USED'", victim));
        assertEquals(54, Shop.count("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?", victim));
        // Without points the guest's order goes through, and earns nothing: points are for signed-in customers.
        checkout(cartWith(Map.of("PV-TEA", 1)), order(victim, "usePoints", 0)).then().statusCode(201)
                .body("pointsUsed", equalTo(0)).body("pointsEarned", equalTo(0));
        assertEquals(54, Shop.count("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?", victim));
    }

    @Test
    void oneCartBecomesOneOrderWhateverTheIdempotencyKeys() throws Exception {
        String email = "once-" + UUID.randomUUID() + "@example.jp";
        String cart = cartWith(Map.of("PV-TEA", 1));
        List<Response> answers =
                Shop.race(5, 5, i -> checkout(cart, "key-" + i + "-" + UUID.randomUUID(), order(email)));
        List<Response> placed = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
        assertEquals(1, placed.size(), answers.stream().map(Response::asString).toList().toString());
        assertEquals(1, Shop.count("SELECT COUNT(*) FROM customer_order WHERE email = ?", email));
        String first = placed.get(0).path("orderNumber");
        for (Response other : answers) {
            if (other.statusCode() == 201) {
                continue;
            }
            // Refused as a client's mistake: the cart was already ordered (409, naming the order), or it was
            // already empty when that checkout read it (422).
            assertTrue(other.statusCode() == 409 || other.statusCode() == 422, other.asString());
            other.then().contentType("application/problem+json");
            if (other.statusCode() == 409) {
                other.then().body("title", equalTo("Cart already ordered")).body("current.orderNumber", equalTo(first));
            }
        }
        // The same cart, filled again, is a new order.
        given().contentType(ContentType.JSON).body(Map.of("quantity", 2)).put("/api/carts/" + cart + "/items/PV-TEA")
                .then().statusCode(200);
        String second = checkout(cart, order(email)).then().statusCode(201).extract().path("orderNumber");
        assertNotEquals(first, second);
        assertEquals(2, Shop.count("SELECT COUNT(*) FROM customer_order WHERE email = ?", email));
        given().get("/api/carts/" + cart).then().statusCode(200).body("lines.size()", equalTo(0));
    }
}
