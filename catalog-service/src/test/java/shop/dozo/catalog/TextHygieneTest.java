package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.api.ProblemTypes;
import shop.dozo.testsupport.AwkwardText;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;
import shop.dozo.testsupport.Utf8mb4;

/** Every class of the text rule at catalog-service's edges: refused ones name the field, accepted ones come back as sent. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TextHygieneTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void category() {
        staff().body(Map.of("slug", "hygiene", "name", "衛生", "nameEn", "Hygiene")).post("/api/staff/categories")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
    }

    @Test
    void refusedTextIsA400NamingTheFieldAndNothingIsStored() {
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            for (String field : List.of("name", "nameEn", "description", "descriptionEn")) {
                String sku = newSku();
                Map<String, Object> product = product(sku);
                product.put(field, refused.getValue());
                refused(staff().body(AwkwardText.escapedJson(product)).post("/api/staff/products"), field,
                        refused.getKey());
                staff().get("/api/staff/products/" + sku).then().statusCode(404);
            }
            String sku = newSku();
            Map<String, Object> product = product(sku);
            product.put("tags", List.of("ok", refused.getValue()));
            refused(staff().body(AwkwardText.escapedJson(product)).post("/api/staff/products"), "tags[1]",
                    refused.getKey());
            staff().get("/api/staff/products/" + sku).then().statusCode(404);
        }
        for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
            for (String field : List.of("name", "nameEn")) {
                String sku = newSku();
                Map<String, Object> product = product(sku);
                product.put(field, bidi.getValue());
                refused(staff().body(AwkwardText.escapedJson(product)).post("/api/staff/products"), field,
                        bidi.getKey());
                staff().get("/api/staff/products/" + sku).then().statusCode(404);
            }
            String slug = "hyg-cat-" + SEQUENCE.incrementAndGet();
            refused(staff().body(AwkwardText.escapedJson(Map.of("slug", slug, "name", bidi.getValue(), "nameEn", "x")))
                    .post("/api/staff/categories"), "name", bidi.getKey());
            given().get("/api/categories/" + slug).then().statusCode(404);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreA400NamingTheField() {
        for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
            String sku = newSku();
            byte[] body =
                    AwkwardText.withRawBytes("{\"sku\": \"" + sku + "\", \"category\": \"hygiene\", \"name\": \"名前%s\","
                            + " \"priceYen\": 100, \"taxRate\": 10}", invalid.getValue());
            refused(staff().body(body).post("/api/staff/products"), "name", invalid.getKey());
            staff().get("/api/staff/products/" + sku).then().statusCode(404);
        }
    }

    @Test
    void anEditWithRefusedTextChangesNothing() {
        String sku = newSku();
        staff().body(product(sku)).post("/api/staff/products").then().statusCode(201);
        Map<String, Object> edit =
                new HashMap<>(staff().get("/api/staff/products/" + sku).then().extract().as(Map.class));
        edit.put("name", "壊れた\u0000名前");
        refused(staff().body(AwkwardText.escapedJson(edit)).put("/api/staff/products/" + sku), "name", "NUL");
        staff().get("/api/staff/products/" + sku).then().body("name", equalTo("衛生テスト")).body("version",
                equalTo(edit.get("version")));

        refused(staff().body(AwkwardText.escapedJson(Map.of("delta", 1, "reason", "delivery", "note", "ESC\u001B")))
                .post("/api/staff/stock/" + sku + "/adjustments"), "note", "ESC");
        staff().get("/api/staff/stock/" + sku + "/ledger").then().body("size()", equalTo(1));
    }

    @Test
    void awkwardTextComesBackByteForByte() {
        for (Map.Entry<String, String> awkward : AwkwardText.ONE_LINE.entrySet()) {
            String text = awkward.getValue();
            String sku = newSku();
            Map<String, Object> product = product(sku);
            product.put("name", text);
            product.put("nameEn", text);
            product.put("description", text);
            product.put("tags", List.of(text));
            staff().body(product).post("/api/staff/products").then().statusCode(201);
            given().get("/api/products/" + sku).then().statusCode(200)
                    .body("name", equalTo(text)).body("nameEn", equalTo(text)).body("description", equalTo(text))
                    .body("tags", contains(text));

            String slug = "hyg-ok-" + SEQUENCE.incrementAndGet();
            staff().body(Map.of("slug", slug, "name", text, "nameEn", text)).post("/api/staff/categories")
                    .then().statusCode(201);
            assertEquals(text, given().get("/api/categories/" + slug).then().extract().path("category.name"),
                    awkward.getKey());
        }
        for (Map.Entry<String, String> awkward : AwkwardText.MULTI_LINE.entrySet()) {
            String sku = newSku();
            Map<String, Object> product = product(sku);
            staff().body(product).post("/api/staff/products").then().statusCode(201);
            // Through an edit too, written with escapes: the stored text is what was meant, not how it was spelled.
            Map<String, Object> edit =
                    new HashMap<>(staff().get("/api/staff/products/" + sku).then().extract().as(Map.class));
            edit.put("description", awkward.getValue());
            edit.put("descriptionEn", awkward.getValue());
            staff().body(AwkwardText.escapedJson(edit)).put("/api/staff/products/" + sku).then().statusCode(200);
            assertEquals(awkward.getValue(), given().get("/api/products/" + sku).then().extract().path("description"),
                    awkward.getKey());
            given().get("/api/products/" + sku).then().body("descriptionEn", equalTo(awkward.getValue()));
            staff().body(Map.of("delta", 2, "reason", "delivery", "note", awkward.getValue()))
                    .post("/api/staff/stock/" + sku + "/adjustments").then().statusCode(200);
            assertEquals(awkward.getValue(), staff().get("/api/staff/stock/" + sku + "/ledger").then().extract()
                    .path("find { it.delta == 2 }.note"), awkward.getKey());
        }
    }

    @Test
    void theServiceTalksToMariaDbInUtf8mb4Everywhere() {
        Utf8mb4.assertEverywhere(dataSource);
    }

    private static void refused(io.restassured.response.Response response, String field, String what) {
        assertEquals(400, response.statusCode(), what + ": " + response.asString());
        response.then().contentType("application/problem+json").body("type", equalTo(ProblemTypes.INVALID_TEXT))
                .body("errors.field", contains(field));
    }

    private static Map<String, Object> product(String sku) {
        return new HashMap<>(Map.of("sku", sku, "category", "hygiene", "name", "衛生テスト", "priceYen", 500,
                "taxRate", 10, "stock", 3));
    }

    private static String newSku() {
        return "HYG-" + SEQUENCE.incrementAndGet();
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON);
    }
}
