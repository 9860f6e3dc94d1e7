package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static shop.dozo.review.Reviews.idOf;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.shopper;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.review.contract.Contracts;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class ReviewInputTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void ratingOutsideOneToFiveIsRefused(int rating) {
        String sku = newProduct("BAD");
        post(review(sku, rating)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rating"));
        assertNothingStoredFor(sku);
    }

    @Test
    void aFractionalOrTextRatingIsRefused() {
        String sku = newProduct("BAD");
        Map<String, Object> fractional = review(sku, 4);
        fractional.put("rating", 4.5);
        post(fractional).statusCode(400).body("errors.field", contains("rating"));
        Map<String, Object> text = review(sku, 4);
        text.put("rating", "5");
        post(text).statusCode(400).body("errors.field", contains("rating"));
        assertNothingStoredFor(sku);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "          ", "みじかい", "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"})
    void anEmptyOrTooShortBodyIsRefused(String body) {
        String sku = newProduct("BAD");
        Map<String, Object> review = review(sku, 4);
        review.put("body", body);
        post(review).statusCode(400).body("errors.field", contains("body"));
        assertNothingStoredFor(sku);
    }

    @Test
    void aHugeBodyIsRefusedAndFourThousandCharactersAreFine() {
        String sku = newProduct("BIG");
        Map<String, Object> huge = review(sku, 4);
        huge.put("body", "あ".repeat(4001));
        post(huge).statusCode(400).body("errors.field", contains("body"));
        Map<String, Object> huger = review(sku, 4);
        huger.put("body", "x".repeat(1_000_000));
        post(huger).statusCode(400).body("errors.field", contains("body"));
        assertNothingStoredFor(sku);

        // Characters, not bytes or UTF-16 units: 4,000 emoji (two UTF-16 units each) are allowed.
        Map<String, Object> longest = review(sku, 4);
        longest.put("body", "🌱".repeat(4000));
        post(longest).statusCode(202);
        staff().get("/api/staff/reviews/" + idOf(sku)).then().body("body.length()", equalTo(8000));
    }

    @Test
    void missingFieldsAreNamed() {
        shopper().body("{}").post("/api/reviews").then().statusCode(400)
                .body("errors.field", contains("body", "nickname", "rating", "sku", "title"));
    }

    @Test
    void tooLongTitleAndNicknameAreRefused() {
        String sku = newProduct("BAD");
        Map<String, Object> review = review(sku, 4);
        review.put("title", "た".repeat(101));
        review.put("nickname", "な".repeat(41));
        post(review).statusCode(400).body("errors.field", contains("nickname", "title"));
        assertNothingStoredFor(sku);
    }

    @Test
    void anUnknownSkuIsUnprocessable() {
        post(review("NO-SUCH-PRODUCT", 5)).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("sku"));
        post(review("not a sku <b>", 5)).statusCode(400).body("errors.field", contains("sku"));
    }

    @Test
    void htmlAndScriptAreKeptAsPlainTextAndReturnedVerbatim() {
        String sku = newProduct("HTML");
        Map<String, Object> review = review(sku, 5);
        review.put("title", "<script>alert('x')</script>");
        review.put("body", "<img src=x onerror=alert(1)> とても<b>良い</b>です & 安心 \"引用\"");
        review.put("nickname", "<i>hanako</i>");
        post(review).statusCode(202);
        long id = idOf(sku);
        Reviews.approve(id).statusCode(200);

        given().queryParam("sku", sku).get("/api/reviews").then().statusCode(200)
                .contentType("application/json").header("X-Content-Type-Options", "nosniff")
                .body("items[0].title", equalTo("<script>alert('x')</script>"))
                .body("items[0].body", equalTo("<img src=x onerror=alert(1)> とても<b>良い</b>です & 安心 \"引用\""))
                .body("items[0].nickname", equalTo("<i>hanako</i>"));
    }

    @Test
    void controlAndBidiOverrideCharactersAreRefusedButLineBreaksAreKeptAsTyped() {
        String sku = newProduct("CTRL");
        Map<String, Object> nul = review(sku, 4);
        nul.put("title", "bad\u0000title");
        post(nul).statusCode(400).body("errors.field", contains("title"));

        Map<String, Object> bell = review(sku, 4);
        bell.put("body", "ちょっと気になる点が\u0007ありました。");
        post(bell).statusCode(400).body("errors.field", contains("body"));

        Map<String, Object> override = review(sku, 4);
        override.put("nickname", "admin\u202Egnp.exe");
        post(override).statusCode(400).body("errors.field", contains("nickname"));

        Map<String, Object> newlineInTitle = review(sku, 4);
        newlineInTitle.put("title", "一行目\n二行目");
        post(newlineInTitle).statusCode(400).body("errors.field", contains("title"));
        assertNothingStoredFor(sku);

        Map<String, Object> paragraphs = review(sku, 4);
        paragraphs.put("body", "  一段落目です。\r\n\r\n二段落目です。\t以上。  ");
        post(paragraphs).statusCode(202);
        staff().get("/api/staff/reviews/" + idOf(sku)).then()
                .body("body", equalTo("一段落目です。\r\n\r\n二段落目です。\t以上。"));
    }

    @Test
    void anOrderNumberNeedsItsEmailAndTheOtherWayRound() {
        String sku = newProduct("PAIR");
        Map<String, Object> noEmail = review(sku, 4);
        noEmail.put("orderNumber", "DZ-1");
        post(noEmail).statusCode(400).body("errors.field", contains("email"));
        Map<String, Object> noOrder = review(sku, 4);
        noOrder.put("email", "hanako@example.jp");
        post(noOrder).statusCode(400).body("errors.field", contains("orderNumber"));
        Map<String, Object> badEmail = review(sku, 4);
        badEmail.put("orderNumber", "DZ-1");
        badEmail.put("email", "not an address");
        post(badEmail).statusCode(400).body("errors.field", hasItem("email"));
        assertNothingStoredFor(sku);

        // Empty form fields mean "not given".
        Map<String, Object> empty = review(sku, 4);
        empty.put("orderNumber", "");
        empty.put("email", "");
        post(empty).statusCode(202);
    }

    /** The storefront shows review-service's refusal as it is, so one answer must name every invalid field. */
    @Test
    void everyInvalidFieldIsNamedInOneAnswer() {
        String sku = newProduct("ALL");
        Map<String, Object> review = review(sku, 0);
        review.put("title", "");
        review.put("body", "短い");
        review.put("nickname", "な".repeat(41));
        review.put("orderNumber", "DZ-1");
        post(review).statusCode(400).body("errors.field", contains("body", "email", "nickname", "rating", "title"));
        assertNothingStoredFor(sku);
    }

    @Test
    void malformedJsonIsAProblem() {
        shopper().body("{\"sku\": ").post("/api/reviews").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed request body"));
    }

    @Test
    void whenTheCatalogIsDownNothingIsStoredAndTheShopperIsToldToRetry() {
        String sku = newProduct("CATDOWN");
        Contracts.catalogMode("down");
        try {
            post(review(sku, 4)).statusCode(503).contentType("application/problem+json");
        } finally {
            Contracts.catalogMode("up");
        }
        assertNothingStoredFor(sku);
        post(review(sku, 4)).statusCode(202);
    }

    @Test
    void listingParametersAreChecked() {
        given().get("/api/reviews").then().statusCode(400).body("errors.field", contains("sku"));
        given().queryParam("sku", "CP-REG-01").queryParam("sort", "random").get("/api/reviews")
                .then().statusCode(400).body("errors.field", contains("sort"));
        given().queryParam("sku", "CP-REG-01").queryParam("size", 51).get("/api/reviews")
                .then().statusCode(400).body("errors.field", contains("size"));
        given().queryParam("sku", "CP-REG-01").queryParam("page", -1).get("/api/reviews")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().get("/api/reviews/summary").then().statusCode(400).body("errors.field", contains("sku"));
        given().get("/api/reviews/summaries").then().statusCode(400).body("errors.field", contains("sku"));
    }

    private static void assertNothingStoredFor(String sku) {
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().statusCode(200).body("total", equalTo(0));
    }
}
