package shop.dozo.cart;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Members.PASSWORD;
import static shop.dozo.cart.Members.as;
import static shop.dozo.cart.Members.client;
import static shop.dozo.cart.Members.email;
import static shop.dozo.cart.Members.signIn;
import static shop.dozo.cart.Members.signUp;
import static shop.dozo.cart.Members.signedIn;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.changeStatus;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.staffOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Issue 17: My Page. A signed-in checkout is the customer's order and may spend points (checked under the
 * customer's lock); orders, points, saved addresses and re-order are the customer's own; 退会 removes the account
 * and the personal data on the orders, which stay in the sales ledger.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class MyPageTest {

    @BeforeEach
    void products() {
        CatalogContract.product("MP-TEA", "有機 煎茶", 1080, 8, false, 10_000); // 1 % → 10 points a packet
        CatalogContract.product("MP-MUG", "湯呑み", 2200, 10, false, 10_000);
    }

    @Test
    void aSignedInCheckoutIsTheCustomersOrderEarnsAndSpendsPointsAndShowsOnMyPage() {
        String email = email("member");
        // An order placed as a guest before signing up: the verified address makes it theirs on My Page.
        String guestOrder = Shop.placeOrder(email, Map.of("MP-MUG", 1));
        String session = signedIn(email);

        // The body's e-mail is not the account's: the order is the signed-in customer's all the same.
        Response first = Members.checkout(session, cartWith(Map.of("MP-TEA", 3)), order("typo@example.jp"));
        first.then().statusCode(201).body("email", equalTo(email)).body("pointsEarned", equalTo(32));
        String firstNumber = first.path("orderNumber");
        assertEquals(email, Shop.text("SELECT account_email FROM customer_order WHERE order_number = ?", firstNumber));
        assertEquals(null, Shop.text("SELECT account_email FROM customer_order WHERE order_number = ?", guestOrder));
        // Pending until the transfer is paid (dozo.points.credit-when=paid-or-shipped); the guest order earned nothing.
        as(session).get("/api/me").then().statusCode(200).body("pointsBalance", equalTo(0))
                .body("pendingPoints", equalTo(32));
        Shop.changeStatus(firstNumber, "paid", "振込確認").then().statusCode(200);
        int balance = as(session).get("/api/me").then().statusCode(200).extract().path("pointsBalance");
        assertEquals(32, balance);

        // More than the balance, or more than the total: refused, nothing ordered.
        long orders = count("SELECT COUNT(*) FROM customer_order WHERE email = ?", email);
        Members.checkout(session, cartWith(Map.of("MP-TEA", 1)), order(email, "usePoints", balance + 1)).then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("usePoints"));
        Members.checkout(session, cartWith(Map.of("MP-TEA", 1)), order(email, "usePoints", 10_000)).then()
                .statusCode(400).body("errors.field", hasItem("usePoints"));
        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order WHERE email = ?", email));

        Response spent = Members.checkout(session, cartWith(Map.of("MP-MUG", 1)), order(email, "usePoints", 30));
        spent.then().statusCode(201).body("pointsUsed", equalTo(30)).body("totalYen", equalTo(2200 + 770))
                .body("amountDueYen", equalTo(2200 + 770 - 30)).body("pointsEarned", equalTo(22));
        String spentNumber = spent.path("orderNumber");
        Shop.changeStatus(spentNumber, "paid", "振込確認").then().statusCode(200);

        as(session).get("/api/me/points").then().statusCode(200).body("balance", equalTo(32 - 30 + 22))
                .body("pending", equalTo(0)).body("ledger.reason", contains("earned", "used", "earned"))
                .body("ledger.delta", contains(32, -30, 22))
                .body("ledger.orderNumber", contains(firstNumber, spentNumber, spentNumber));
        as(session).get("/api/me/orders").then().statusCode(200).body("total", equalTo(3))
                .body("items.orderNumber", contains(spentNumber, firstNumber, guestOrder))
                .body("items[0].amountDueYen", equalTo(2940)).body("items[1].itemCount", equalTo(3));
        as(session).get("/api/me/orders/" + firstNumber.toLowerCase()).then().statusCode(200)
                .body("orderNumber", equalTo(firstNumber)).body("address.fullName", equalTo("山田 花子"))
                .body("lines[0].sku", equalTo("MP-TEA")).body("lookupToken", nullValue());

        // Someone else's order is the same 404 as none; a guest still cannot spend points.
        String stranger = Shop.placeOrder(email("stranger"), Map.of("MP-TEA", 1));
        as(session).get("/api/me/orders/" + stranger).then().statusCode(404).contentType("application/problem+json");
        as(session).get("/api/me/orders/DZ-nonsense").then().statusCode(404);
        Shop.checkout(cartWith(Map.of("MP-TEA", 1)), order(email, "usePoints", 1)).then().statusCode(400)
                .body("errors.field", hasItem("usePoints"));
        // A session that no longer counts is 401, never a silent guest checkout.
        Members.checkout("x".repeat(43), cartWith(Map.of("MP-TEA", 1)), order(email)).then().statusCode(401)
                .body("type", equalTo("https://dozo.shop/problems/session-invalid"));
    }

    @Test
    void aSignedInCheckoutRetriedWithItsKeyIsTheSameOrderAndNobodyElsesRequest() {
        String email = email("retry");
        String session = signedIn(email);
        String cart = cartWith(Map.of("MP-TEA", 1));
        String key = java.util.UUID.randomUUID().toString();
        String number = as(session).header("Idempotency-Key", key).contentType(ContentType.JSON).body(order(email))
                .post("/api/carts/" + cart + "/checkout").then().statusCode(201).extract().path("orderNumber");
        Shop.changeStatus(number, "paid", null).then().statusCode(200); // its points are credited once paid
        as(session).header("Idempotency-Key", key).contentType(ContentType.JSON).body(order(email))
                .post("/api/carts/" + cart + "/checkout").then().statusCode(200).body("orderNumber", equalTo(number));
        // The same key and body without the session (or with another customer's) is another request.
        Shop.checkout(cart, key, order(email)).then().statusCode(422);
        as(signedIn(email("other"))).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(order(email)).post("/api/carts/" + cart + "/checkout").then().statusCode(422);
        assertEquals(1, count("SELECT COUNT(*) FROM points_ledger WHERE email = ? AND reason = 'EARNED'", email));
    }

    @Test
    void twoCheckoutsSpendingTheWholeBalanceAtOnceGetOneOrder() throws Exception {
        String email = email("twice");
        String session = signedIn(email);
        String earning = Members.checkout(session, cartWith(Map.of("MP-TEA", 5)), order(email)).then().statusCode(201)
                .extract().path("orderNumber"); // 54 points, credited once paid
        Shop.changeStatus(earning, "paid", null).then().statusCode(200);
        List<String> carts = List.of(cartWith(Map.of("MP-TEA", 1)), cartWith(Map.of("MP-TEA", 1)),
                cartWith(Map.of("MP-TEA", 1)), cartWith(Map.of("MP-TEA", 1)));
        List<Response> answers = Shop.race(4, 4,
                i -> Members.checkout(session, carts.get(i), order(email, "usePoints", 54)));
        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(),
                answers.stream().map(Response::asString).toList().toString());
        answers.stream().filter(answer -> answer.statusCode() != 201)
                .forEach(answer -> answer.then().statusCode(422).body("errors.field", hasItem("usePoints")));
        // 54 − 54; the 10 the winning order earns are pending until it is paid.
        as(session).get("/api/me/points").then().body("balance", equalTo(0)).body("pending", equalTo(10));
    }

    @Test
    void savedAddressesFollowCheckoutsRulesAndAreEachCustomersOwn() {
        String session = signedIn(email("addresses"));
        Map<String, Object> address = new HashMap<>(Map.of("label", "自宅", "fullName", "山田 花子",
                "fullNameKana", "やまだ はなこ", "postalCode", "１５０－０００１", "prefecture", "東京都", "city", "渋谷区",
                "street", "神宮前1-2-3", "phone", "０３－１２３４－５６７８"));
        Response saved = as(session).contentType(ContentType.JSON).body(address).post("/api/me/addresses");
        saved.then().statusCode(201).body("postalCode", equalTo("150-0001")).body("phone", equalTo("03-1234-5678"))
                .body("fullNameKana", equalTo("ヤマダ ハナコ"));
        int id = saved.path("id");
        // The same address again (a retried POST): the one already saved.
        as(session).contentType(ContentType.JSON).body(address).post("/api/me/addresses").then().statusCode(200)
                .body("id", equalTo(id));
        as(session).get("/api/me/addresses").then().statusCode(200).body("$", hasSize(1));

        Map<String, Object> bad = new HashMap<>(address);
        bad.put("prefecture", "東京");
        bad.put("postalCode", "12-34");
        as(session).contentType(ContentType.JSON).body(bad).post("/api/me/addresses").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("prefecture"))
                .body("errors.field", hasItem("postalCode"));

        address.put("street", "神宮前4-5-6");
        as(session).contentType(ContentType.JSON).body(address).put("/api/me/addresses/" + id).then()
                .statusCode(200).body("street", equalTo("神宮前4-5-6"));
        String other = signedIn(email("neighbour"));
        as(other).contentType(ContentType.JSON).body(address).put("/api/me/addresses/" + id).then().statusCode(404);
        as(other).delete("/api/me/addresses/" + id).then().statusCode(204);
        as(session).get("/api/me/addresses").then().body("[0].street", equalTo("神宮前4-5-6"));
        as(session).delete("/api/me/addresses/" + id).then().statusCode(204);
        as(session).delete("/api/me/addresses/" + id).then().statusCode(204);
        as(session).get("/api/me/addresses").then().body("$", hasSize(0));
    }

    @Test
    void reorderPutsWhatIsStillForSaleIntoACartAndNamesTheRest() {
        CatalogContract.product("MP-GONE", "季節の和菓子", 1500, 8, false, 10);
        CatalogContract.product("MP-LAST", "最後の急須", 5500, 10, false, 10);
        String email = email("again");
        String session = signedIn(email);
        String number = Members.checkout(session, cartWith(Shop.items("MP-TEA", 2, "MP-GONE", 1, "MP-LAST", 3)),
                order(email)).then().statusCode(201).extract().path("orderNumber");
        CatalogContract.unpublish("MP-GONE");
        CatalogContract.product("MP-LAST", "最後の急須", 5800, 10, false, 1);

        Response again = as(session).contentType(ContentType.JSON).body(Map.of())
                .post("/api/me/orders/" + number + "/reorder");
        again.then().statusCode(200).body("cart.lines.sku", contains("MP-TEA", "MP-LAST"))
                .body("cart.lines.quantity", contains(2, 1)).body("cart.lines[1].unitPriceYen", equalTo(5800))
                .body("unavailable.sku", contains("MP-GONE")).body("unavailable[0].name", equalTo("季節の和菓子"));
        String cart = again.path("cart.token");
        // Into an existing cart, twice: the same cart (lines are set, not added).
        for (int i = 0; i < 2; i++) {
            as(session).contentType(ContentType.JSON).body(Map.of("cartToken", cart))
                    .post("/api/me/orders/" + number + "/reorder").then().statusCode(200)
                    .body("cart.token", equalTo(cart)).body("cart.lines.quantity", contains(2, 1));
        }
        String stranger = signedIn(email("stranger"));
        as(stranger).contentType(ContentType.JSON).body(Map.of()).post("/api/me/orders/" + number + "/reorder")
                .then().statusCode(404);
    }

    @Test
    void withdrawingDeletesTheAccountAndThePersonalDataOfOrdersThatStayInTheLedger() {
        String email = email("leaving");
        String session = signedIn(email);
        String number = Members.checkout(session, cartWith(Map.of("MP-TEA", 3)), order(email)).then()
                .statusCode(201).extract().path("orderNumber");
        as(session).contentType(ContentType.JSON).body(Map.of("fullName", "山田 花子", "postalCode", "150-0001",
                "prefecture", "東京都", "city", "渋谷区", "street", "神宮前1-2-3", "phone", "03-1234-5678"))
                .post("/api/me/addresses").then().statusCode(201);

        // Not shipped yet: the shop still needs the address.
        as(session).contentType(ContentType.JSON).body(Map.of("password", PASSWORD)).delete("/api/me").then()
                .statusCode(409).body("current.openOrders", contains(number));
        changeStatus(number, "paid", null).then().statusCode(200);
        changeStatus(number, "shipped", null).then().statusCode(200);
        as(session).contentType(ContentType.JSON).body(Map.of("password", "wrong-password")).delete("/api/me")
                .then().statusCode(403).body("errors.field", hasItem("password"));

        as(session).contentType(ContentType.JSON).body(Map.of("password", PASSWORD)).delete("/api/me").then()
                .statusCode(204);
        as(session).get("/api/me").then().statusCode(401);
        signIn(client(), email, PASSWORD).then().statusCode(401);
        for (String table : List.of("customer_account", "customer_session", "customer_address", "account_token",
                "customer", "customer_order", "points_ledger", "mail_outbox")) {
            String column = table.equals("mail_outbox") ? "recipient" : "email";
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", email), table);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM order_status_change WHERE actor = ?", email));

        // The order stays in the sales ledger: amounts, lines and prefecture, no name, address or phone.
        staffOrder(number).then().statusCode(200).body("order.totalYen", equalTo(3240 + 770))
                .body("order.lines[0].quantity", equalTo(3)).body("order.address.prefecture", equalTo("東京都"))
                .body("order.address.fullName", equalTo("")).body("order.address.street", equalTo(""))
                .body("order.address.phone", equalTo(""));
        String pseudonym = staffOrder(number).path("order.email");
        assertTrue(pseudonym.matches("deleted-[0-9a-f]{24}@invalid"), pseudonym);
        // Its points were forfeited: the pseudonym's ledger sums to nothing.
        assertEquals(0, count("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?", pseudonym));

        // The address may sign up again, as a new customer with nothing of the old one.
        signUp(email, PASSWORD).then().statusCode(202);
        String again = signedIn(email);
        as(again).get("/api/me/orders").then().body("total", equalTo(0));
        as(again).get("/api/me").then().body("pointsBalance", equalTo(0));
    }
}
