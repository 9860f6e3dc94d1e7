package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** The queries a shopper of the demo shop types, against its 30 real products. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class SearchTest {
    private static final List<String> CLOTH_PADS = List.of("CP-LINER-01", "CP-REG-01", "CP-HEAVY-01", "CP-NIGHT-01",
            "CP-HOLDER-01", "CP-SET-TRIAL", "CP-SET-FULL");

    @BeforeEach
    void demo() {
        DemoCatalog.ensure();
    }

    @Test
    void clothPadsAreFoundByTheirFullName() {
        List<String> hits = search("布ナプキン");
        assertTrue(hits.containsAll(CLOTH_PADS), hits.toString());
        assertTrue(CLOTH_PADS.contains(hits.get(0)), "a cloth pad ranks first, not the booklet: " + hits);
    }

    @Test
    void partOfAWordAndHiraganaFindTheSameProducts() {
        assertTrue(search("ナプキン").containsAll(CLOTH_PADS));
        List<String> hiragana = search("なぷきん");
        assertTrue(hiragana.containsAll(CLOTH_PADS), "hiragana finds the katakana name: " + hiragana);
    }

    @Test
    void coffeeAndOrganic() {
        assertEquals("FT-COFFEE-200", search("コーヒー").get(0));
        List<String> organic = search("有機");
        assertTrue(organic.containsAll(List.of("OF-RICE-5K", "OF-MISO-1K", "OF-SHOYU-900", "OF-TEA-100",
                "FT-COFFEE-200", "FR-VEG-S")), organic.toString());
        assertFalse(organic.contains("CP-REG-01"), "no cloth pad is 有機");
    }

    @Test
    void mixedJapaneseAndEnglishQueriesNeedEveryWord() {
        assertEquals(List.of("FT-COFFEE-200"), search("有機 コーヒー"));
        List<String> mixed = search("organic コーヒー");
        assertEquals("FT-COFFEE-200", mixed.get(0), mixed.toString());
        assertTrue(search("Cloth pad").containsAll(List.of("CP-REG-01", "CP-HEAVY-01")));
        assertTrue(search("ｺｰﾋｰ").contains("FT-COFFEE-200"), "half-width katakana is folded");
    }

    @Test
    void theIndexFollowsProductChanges() {
        assertTrue(search("風呂敷").isEmpty());
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "EG-FUROSHIKI-1", "category", "eco-goods", "name", "綿の風呂敷", "priceYen", 1980,
                        "taxRate", 10))
                .post("/api/staff/products").then().statusCode(201);
        assertEquals(List.of("EG-FUROSHIKI-1"), search("風呂敷"));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/EG-FUROSHIKI-1/archive").then()
                .statusCode(200);
        assertTrue(search("風呂敷").isEmpty(), "archived products are no longer found");
    }

    @Test
    void anEditMadeOnAnotherReplicaIsFoundWithinSeconds() throws Exception {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "EG-KETTLE-1", "category", "eco-goods", "name", "やかん", "priceYen", 6800, "taxRate",
                        10))
                .post("/api/staff/products").then().statusCode(201);
        assertTrue(search("南部鉄器").isEmpty());
        // Another replica saves through Hibernate: new name, version + 1, new updated_at. This replica is not told.
        try (Connection db = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                var update = db.prepareStatement("UPDATE product SET name_ja = '南部鉄器のやかん', version = version + 1, "
                        + "updated_at = CURRENT_TIMESTAMP(6) WHERE sku = 'EG-KETTLE-1'")) {
            assertEquals(1, update.executeUpdate());
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (search("南部鉄器").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of("EG-KETTLE-1"), search("なんぶてっき"), "found, by its reading too");
    }

    @Test
    void renamingACategoryOrChangingTagsIsSearchableAtOnce() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "garden", "name", "庭", "nameEn", "Garden")).post("/api/staff/categories")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "GD-SEED-1", "category", "garden", "name", "固定種のたね", "priceYen", 400, "taxRate", 8))
                .post("/api/staff/products").then().statusCode(201);
        assertTrue(search("園芸").isEmpty());
        int version = given().get("/api/categories/garden").then().extract().path("category.version");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "garden", "name", "園芸", "nameEn", "Gardening", "version", version))
                .put("/api/staff/categories/garden").then().statusCode(200);
        assertEquals(List.of("GD-SEED-1"), search("園芸"));

        Map<String, Object> seeds = given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/GD-SEED-1")
                .then().extract().as(Map.class);
        Map<String, Object> tagged = new java.util.HashMap<>(seeds);
        tagged.put("tags", List.of("在来種"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(tagged)
                .put("/api/staff/products/GD-SEED-1").then().statusCode(200);
        assertEquals(List.of("GD-SEED-1"), search("在来種"));
    }

    @Test
    void everySearchAfterAnEditSeesItWhileAnotherSearchIsRebuildingTheIndex() throws Exception {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "tools", "name", "道具", "nameEn", "Tools")).post("/api/staff/categories")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "TL-HOE-1", "category", "tools", "name", "くわ", "priceYen", 3200, "taxRate", 10))
                .post("/api/staff/products").then().statusCode(201);
        ExecutorService shoppers = Executors.newFixedThreadPool(6);
        try {
            for (int round = 1; round <= 15; round++) {
                int version = given().get("/api/categories/tools").then().extract().path("category.version");
                String name = "農具" + "一二三四五六七八九十".charAt(round % 10) + round;
                given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                        .body(Map.of("slug", "tools", "name", name, "nameEn", "Tools", "version", version))
                        .put("/api/staff/categories/tools").then().statusCode(200);
                // Six shoppers at once: one of them rebuilds the index, the others must wait for it, not use the old one.
                List<Future<List<String>>> hits = new java.util.ArrayList<>();
                for (int shopper = 0; shopper < 6; shopper++) {
                    hits.add(shoppers.submit(() -> search(name)));
                }
                for (Future<List<String>> hit : hits) {
                    assertEquals(List.of("TL-HOE-1"), hit.get(30, TimeUnit.SECONDS), "round " + round);
                }
            }
        } finally {
            shoppers.shutdownNow();
        }
    }

    @Test
    void resultsAreFullProductViewsWithStock() {
        given().queryParam("q", "コーヒー").queryParam("limit", 1).get("/api/search").then().statusCode(200)
                .body("query", equalTo("コーヒー")).body("items", hasSize(1))
                .body("items[0].sku", equalTo("FT-COFFEE-200")).body("items[0].available", equalTo(110))
                .body("items[0].priceYen", equalTo(1296));
        given().queryParam("q", "コーヒー").queryParam("limit", 0).get("/api/search").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void emptyOrHugeQueriesAreRefused() {
        given().get("/api/search").then().statusCode(400).body("errors.field", hasItem("q"));
        given().queryParam("q", " ").get("/api/search").then().statusCode(400);
        given().queryParam("q", "あ".repeat(101)).get("/api/search").then().statusCode(400);
        given().queryParam("q", "\"*?[]()").get("/api/search").then().statusCode(200);
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q).get("/api/search").then().statusCode(200).extract().path("items.sku");
    }
}
