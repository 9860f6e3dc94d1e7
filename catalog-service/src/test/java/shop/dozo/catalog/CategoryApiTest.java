package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class CategoryApiTest {

    @BeforeEach
    void demo() {
        DemoCatalog.ensure();
    }

    @Test
    void aSubcategoryKnowsItsWayHome() {
        given().get("/api/categories").then().statusCode(200).body("slug", hasItem("cloth-pads-sets"))
                .body("find { it.slug == 'cloth-pads-sets' }.parent", equalTo("cloth-pads"));
        given().get("/api/categories/cloth-pads-sets").then().statusCode(200)
                .body("category.name", equalTo("お試しセット"))
                .body("breadcrumbs.slug", contains("cloth-pads", "cloth-pads-sets"));
        given().get("/api/categories/cloth-pads").then().statusCode(200)
                .body("breadcrumbs.slug", contains("cloth-pads")).body("children.slug", contains("cloth-pads-sets"));
        given().get("/api/categories/no-such-category").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCategoryListingIncludesItsSubcategoriesAndPagesStably() {
        given().queryParam("category", "cloth-pads").queryParam("size", 100).get("/api/products").then()
                .statusCode(200).body("items.sku", hasItem("CP-SET-TRIAL"))
                .body("items.category", hasItem("cloth-pads"));

        List<String> seen = new ArrayList<>();
        int total = given().queryParam("size", 7).get("/api/products").then().extract().path("total");
        for (int page = 0; page * 7 < total; page++) {
            seen.addAll(given().queryParam("size", 7).queryParam("page", page).queryParam("sort", "price_asc")
                    .get("/api/products").then().statusCode(200).body("items", hasSize(lessThanOrEqualTo(7)))
                    .extract().<List<String>>path("items.sku"));
        }
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count(), "no product appears on two pages");
    }

    @Test
    void sortingByPriceAndName() {
        List<Integer> prices = given().queryParam("sort", "price_desc").queryParam("size", 100).get("/api/products")
                .then().extract().path("items.priceYen");
        List<Integer> sorted = new ArrayList<>(prices);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, prices);
        given().queryParam("sort", "cheapest").get("/api/products").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("size", 0).get("/api/products").then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("page", -1).get("/api/products").then().statusCode(400);
    }

    @Test
    void recommendedAndBySkus() {
        given().get("/api/products/recommended").then().statusCode(200)
                .body("recommended", everyItem(equalTo(true))).body("sku", hasItem("CP-LINER-01"));
        given().queryParam("sku", "CP-LINER-01", "OF-MISO-1K", "NOPE-1").get("/api/products/by-skus").then()
                .statusCode(200).body("sku", contains("CP-LINER-01", "OF-MISO-1K")).body("available", hasItem(120));
        given().get("/api/products/cp-liner-01").then().statusCode(200).body("sku", equalTo("CP-LINER-01"))
                .body("available", equalTo(120)).body("taxRate", equalTo(10)).body("status", equalTo("published"));
        given().queryParam("limit", 2).get("/api/products/recommended").then().body("$", hasSize(2));
        given().queryParam("limit", 0).get("/api/products/recommended").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().get("/api/products/by-skus").then().statusCode(200).body("$", hasSize(0));
        given().queryParam("sku", java.util.Collections.nCopies(101, "CP-LINER-01")).get("/api/products/by-skus")
                .then().statusCode(400).body("errors.field", hasItem("sku"));
    }

    @Test
    void staffEditCategoriesWithoutLosingAnotherEdit() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "kitchen", "name", "台所", "nameEn", "Kitchen")).post("/api/staff/categories")
                .then().statusCode(201);
        int version = given().get("/api/categories/kitchen").then().extract().path("category.version");
        Map<String, Object> edit = Map.of("slug", "kitchen", "name", "台所用品", "nameEn", "Kitchen", "parent", "eco-goods",
                "version", version);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(edit)
                .put("/api/staff/categories/kitchen").then().statusCode(200).body("parent", equalTo("eco-goods"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(edit)
                .put("/api/staff/categories/kitchen").then().statusCode(409).body("current.name", equalTo("台所用品"));
        given().get("/api/categories/kitchen").then().body("breadcrumbs.slug", contains("eco-goods", "kitchen"));

        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "eco-goods", "name", "エコ雑貨", "nameEn", "Eco goods", "parent", "kitchen",
                        "version",
                        given().get("/api/categories/eco-goods").then().extract().<Integer>path("category.version")))
                .put("/api/staff/categories/eco-goods").then().statusCode(400).body("errors.field", hasItem("parent"));

        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/kitchen/archive").then().statusCode(200);
        given().get("/api/categories/kitchen").then().statusCode(404);
    }

    @Test
    void aCategoryListingHoldsExactlyItsOwnAndItsSubcategoriesProducts() {
        given().queryParam("category", "cloth-pads").queryParam("size", 100).get("/api/products").then()
                .statusCode(200).body("total", equalTo(8)).body("items", hasSize(8))
                .body("items.category", everyItem(anyOf(equalTo("cloth-pads"), equalTo("cloth-pads-sets"))));
        given().queryParam("category", "cloth-pads-sets").get("/api/products").then().statusCode(200)
                .body("items.sku", containsInAnyOrder("CP-SET-TRIAL", "CP-SET-FULL"));
        given().queryParam("category", "no-such-category").get("/api/products").then().statusCode(404);
    }

    @Test
    void newestAndNameOrders() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "order-test", "name", "並び順", "nameEn", "Order")).post("/api/staff/categories")
                .then().statusCode(201);
        for (String[] product : new String[][]{{"ORD-B", "いちご"}, {"ORD-C", "うめ"}, {"ORD-A", "あんず"}}) {
            given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                    .body(Map.of("sku", product[0], "category", "order-test", "name", product[1], "priceYen", 100,
                            "taxRate", 8))
                    .post("/api/staff/products").then().statusCode(201);
        }
        given().queryParam("category", "order-test").queryParam("sort", "newest").get("/api/products").then()
                .body("items.sku", contains("ORD-A", "ORD-C", "ORD-B"));
        given().queryParam("category", "order-test").queryParam("sort", "name").get("/api/products").then()
                .body("items.sku", contains("ORD-A", "ORD-B", "ORD-C"));
        List<Integer> prices = given().queryParam("sort", "price_asc").queryParam("size", 100).get("/api/products")
                .then().extract().path("items.priceYen");
        assertEquals(prices.stream().sorted().toList(), prices);
    }

    @Test
    void archivingIsRefusedWhileProductsAreOnSaleAndCanBeUndone() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "seasonal", "name", "季節", "nameEn", "Seasonal")).post("/api/staff/categories")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "seasonal-winter", "name", "冬", "nameEn", "Winter", "parent", "seasonal"))
                .post("/api/staff/categories").then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "SEASON-1", "category", "seasonal-winter", "name", "湯たんぽ", "priceYen", 2000,
                        "taxRate", 10))
                .post("/api/staff/products").then().statusCode(201);

        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal/archive").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal-winter/archive").then()
                .statusCode(409);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/SEASON-1/archive").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal-winter/archive").then()
                .statusCode(200).body("archived", equalTo(true));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal/archive").then().statusCode(200);
        given().get("/api/categories").then().body("slug", not(hasItem("seasonal")));
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/categories").then().statusCode(200)
                .body("find { it.slug == 'seasonal-winter' }.archived", equalTo(true));

        // Back, top down: a subcategory cannot return before its parent.
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal-winter/publish").then()
                .statusCode(409).body("errors.field", hasItem("parent"));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal/publish").then().statusCode(200)
                .body("archived", equalTo(false));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/seasonal-winter/publish").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/SEASON-1/publish").then().statusCode(200);
        given().get("/api/categories/seasonal-winter").then().statusCode(200)
                .body("breadcrumbs.slug", contains("seasonal", "seasonal-winter"));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/no-such/publish").then().statusCode(404);
    }

    @Test
    void categoryInputIsValidated() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug!", "name", "x", "nameEn", "x")).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("slug"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "orphan", "name", "x", "nameEn", "x", "parent", "missing"))
                .post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("parent"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "long", "name", "長".repeat(201), "nameEn", "x")).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "cloth-pads", "name", "重複", "nameEn", "Again")).post("/api/staff/categories")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("slug")));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "books", "name", "本", "nameEn", "Books")).put("/api/staff/categories/books")
                .then().statusCode(400).body("errors.field", hasItem("version"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "nowhere", "name", "x", "nameEn", "x", "version", 0))
                .put("/api/staff/categories/nowhere")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "negative", "name", "x", "nameEn", "x", "sort", -1)).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().get("/api/categories/books").then().body("category.name", equalTo("本・読みもの"));
        given().get("/api/categories/negative").then().statusCode(404);
    }
}
