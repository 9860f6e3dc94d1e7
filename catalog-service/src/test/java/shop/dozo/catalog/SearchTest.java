package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
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
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/EG-FUROSHIKI-1/archive").then().statusCode(200);
        assertTrue(search("風呂敷").isEmpty(), "archived products are no longer found");
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
