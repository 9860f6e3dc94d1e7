package shop.dozo.review;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.review.Reviews.idOf;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.review.contract.Contracts;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Verified purchase against the cart-service contract (a contract server holding orders; see contract/). */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class VerifiedPurchaseTest {

    @Test
    void theRightOrderNumberAndEmailMakeAVerifiedPurchase() {
        String sku = newProduct("VER");
        Contracts.addOrder("DZ-20260701-0001", "hanako@example.jp", sku, "CP-REG-01");

        // The answer does not tell (that would confirm the triple to anyone); the published review shows it.
        post(withOrder(sku, "DZ-20260701-0001", "Hanako@Example.jp")).statusCode(202)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("verifiedPurchase")));
        long id = idOf(sku);
        staff().get("/api/staff/reviews/" + id).then()
                .body("purchaseCheck", equalTo("verified")).body("orderNumber", equalTo("DZ-20260701-0001"));
        Reviews.approve(id).statusCode(200);
        io.restassured.RestAssured.given().queryParam("sku", sku).get("/api/reviews").then()
                .body("items[0].verifiedPurchase", equalTo(true));
    }

    @Test
    void aWrongPairIsAcceptedUnverifiedAndLooksTheSameWhetherOrNotTheOrderExists() {
        String sku = newProduct("VER");
        Contracts.addOrder("DZ-20260701-0002", "taro@example.jp", sku);
        String rightSku = newProduct("VER");
        Contracts.addOrder("DZ-20260701-0012", "taro@example.jp", rightSku);
        ExtractableResponse<Response> rightTriple = post(withOrder(rightSku, "DZ-20260701-0012", "taro@example.jp"))
                .statusCode(202).extract();

        ExtractableResponse<Response> wrongEmail = post(withOrder(sku, "DZ-20260701-0002", "someone@example.jp"))
                .statusCode(202).extract();
        ExtractableResponse<Response> noSuchOrder = post(withOrder(sku, "DZ-19990101-9999", "taro@example.jp"))
                .statusCode(202).extract();
        String otherSku = newProduct("VER");
        ExtractableResponse<Response> otherProduct = post(withOrder(otherSku, "DZ-20260701-0002", "taro@example.jp"))
                .statusCode(202).extract();

        // A matching triple answers exactly like the wrong ones: the post is no oracle for (number, e-mail, SKU).
        for (ExtractableResponse<Response> answer : java.util.List.of(rightTriple, wrongEmail, noSuchOrder,
                otherProduct)) {
            assertEquals("pending", answer.path("status"));
            assertEquals(java.util.Set.of("status", "withdrawKey"),
                    answer.jsonPath().getMap("$").keySet());
            assertEquals(wrongEmail.contentType(), answer.contentType());
        }
        staff().get("/api/staff/reviews/" + idOf(rightSku)).then().body("purchaseCheck", equalTo("verified"));
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(2))
                .body("items.purchaseCheck", org.hamcrest.Matchers.everyItem(equalTo("not-verified")));
    }

    @Test
    void whenCartServiceIsDownTheReviewIsKeptUnverified() {
        String sku = newProduct("CARTDOWN");
        Contracts.addOrder("DZ-20260701-0003", "jiro@example.jp", sku);
        Contracts.cartMode("down");
        try {
            post(withOrder(sku, "DZ-20260701-0003", "jiro@example.jp")).statusCode(202);
        } finally {
            Contracts.cartMode("up");
        }
        staff().get("/api/staff/reviews/" + idOf(sku)).then()
                .body("status", equalTo("pending")).body("purchaseCheck", equalTo("unavailable"));
    }

    @Test
    void whenCartServiceIsTooSlowTheReviewIsKeptUnverified() {
        String sku = newProduct("CARTSLOW");
        Contracts.addOrder("DZ-20260701-0004", "saburo@example.jp", sku);
        Contracts.cartMode("slow");
        long started = System.nanoTime();
        try {
            post(withOrder(sku, "DZ-20260701-0004", "saburo@example.jp")).statusCode(202);
        } finally {
            Contracts.cartMode("up");
        }
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(waitedMillis < 2500, "the shopper waited " + waitedMillis + " ms");
        staff().get("/api/staff/reviews/" + idOf(sku)).then().body("purchaseCheck", equalTo("unavailable"));
    }

    @Test
    void withoutAnOrderNumberCartServiceIsNotAsked() {
        String sku = newProduct("NOORDER");
        int before = Contracts.cartVerifyCalls();
        post(review(sku, 4)).statusCode(202);
        assertEquals(before, Contracts.cartVerifyCalls());
        staff().get("/api/staff/reviews/" + idOf(sku)).then().body("purchaseCheck", equalTo("none"));
    }

    private static Map<String, Object> withOrder(String sku, String orderNumber, String email) {
        Map<String, Object> review = review(sku, 5);
        review.put("orderNumber", orderNumber);
        review.put("email", email);
        return review;
    }
}
