package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
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
                .statusCode(200).body("items.sku", hasItem("CP-SET-TRIAL")).body("items.category", hasItem("cloth-pads"));

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
        given().get("/api/products/cp-liner-01").then().statusCode(200).body("sku", equalTo("CP-LINER-01"));
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
                        "version", given().get("/api/categories/eco-goods").then().extract().<Integer>path("category.version")))
                .put("/api/staff/categories/eco-goods").then().statusCode(400).body("errors.field", hasItem("parent"));

        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/kitchen/archive").then().statusCode(200);
        given().get("/api/categories/kitchen").then().statusCode(404);
    }

    @Test
    void categoryInputIsValidated() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug!", "name", "x", "nameEn", "x")).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("slug"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "orphan", "name", "x", "nameEn", "x", "parent", "missing")).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("parent"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "long", "name", "長".repeat(201), "nameEn", "x")).post("/api/staff/categories")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }
}
