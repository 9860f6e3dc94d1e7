package shop.dozo.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.DemoShopSeeder;

/** What a shopper types, against the 30 demo products: analysis and ranking without a database. */
class ProductIndexTest {
    private static final List<String> CLOTH_PADS = List.of("CP-LINER-01", "CP-REG-01", "CP-HEAVY-01", "CP-NIGHT-01",
            "CP-HOLDER-01", "CP-SET-TRIAL", "CP-SET-FULL");
    private static final List<String> ORGANIC_IN_NAME = List.of("OF-RICE-5K", "OF-MISO-1K", "OF-SHOYU-900",
            "OF-TEA-100", "FT-COFFEE-200", "FR-VEG-S", "FR-VEG-L");
    private static ProductIndex demo;

    @BeforeAll
    static void indexTheDemoShop() throws IOException {
        JsonNode shop = new ObjectMapper().readTree(DemoShopSeeder.demoFile().toFile());
        Map<String, String> categories = new HashMap<>();
        shop.path("categories").forEach(c -> categories.put(c.path("slug").asText(),
                c.path("name").asText() + " " + c.path("nameEn").asText()));
        List<IndexedProduct> products = new ArrayList<>();
        for (JsonNode p : shop.path("products")) {
            List<String> tags = new ArrayList<>();
            p.path("tags").forEach(tag -> tags.add(tag.asText()));
            products.add(new IndexedProduct(p.path("sku").asText(), p.path("name").asText(), p.path("nameEn").asText(),
                    tags, categories.get(p.path("category").asText()), p.path("description").asText()));
        }
        assertEquals(30, products.size());
        demo = ProductIndex.of(products);
    }

    @Test
    void clothPadsByTheirNameAPartOfItOrInHiragana() {
        for (String query : List.of("布ナプキン", "ナプキン", "なぷきん", "ﾅﾌﾟｷﾝ")) {
            List<String> hits = search(query);
            assertTrue(hits.containsAll(CLOTH_PADS), query + " → " + hits);
            assertTrue(CLOTH_PADS.contains(hits.get(0)), query + ": a cloth pad ranks first: " + hits);
            // The soaking soda only mentions cloth pads in its description: it comes after every named match.
            assertEquals("CP-WASH-01", hits.get(hits.size() - 1), query + " → " + hits);
        }
    }

    @Test
    void coffeeHowEverItIsTyped() {
        for (String query : List.of("コーヒー", "こーひー", "ｺｰﾋｰ", "coffee", "COFFEE", "コーヒ")) {
            assertEquals("FT-COFFEE-200", search(query).get(0), query);
        }
    }

    @Test
    void organicRanksNameThenTagsThenCategory() {
        List<String> hits = search("有機");
        assertTrue(hits.subList(0, ORGANIC_IN_NAME.size()).containsAll(ORGANIC_IN_NAME), hits.toString());
        // The cookbook has 有機野菜 as a tag, tofu and eggs only sit in the category 有機野菜・豆腐.
        assertEquals(List.of("BK-SEASON-01"), hits.subList(ORGANIC_IN_NAME.size(), ORGANIC_IN_NAME.size() + 1));
        assertTrue(hits.indexOf("FR-TOFU-01") > hits.indexOf("BK-SEASON-01"), hits.toString());
        assertTrue(!hits.contains("CP-REG-01") && !hits.contains("EG-BRUSH-01"), hits.toString());
    }

    @Test
    void mixedJapaneseAndEnglishNeedEveryWord() {
        assertEquals(List.of("FT-COFFEE-200"), search("有機 コーヒー"));
        assertEquals(List.of("FT-COFFEE-200"), search("organic コーヒー"));
        assertEquals(List.of("FT-COFFEE-200"), search("Fair trade　coffee"), "an ideographic space separates words too");
        assertEquals(List.of("CP-LINER-01"), search("布ナプキン organic"));
        assertEquals(List.of("CP-SET-TRIAL", "CP-SET-FULL").stream().sorted().toList(),
                search("布ナプキン セット").stream().sorted().toList());
        assertEquals(List.of(), search("布ナプキン コーヒー"));
    }

    @Test
    void englishPluralsAndSingularsFindTheSame() {
        assertEquals(search("cloth pads").stream().sorted().toList(), search("cloth pad").stream().sorted().toList());
        assertTrue(search("cloth pad").containsAll(List.of("CP-REG-01", "CP-SET-TRIAL", "CP-LINER-01")));
        assertEquals(List.of("EG-BOTTLE-01"), search("bottles"));
        assertEquals(List.of("BB-DIAPER-5"), search("diaper"));
    }

    @Test
    void kanaFindsTheKanjiSpellingAndBack() {
        assertTrue(search("やさい").containsAll(List.of("FR-VEG-S", "FR-VEG-L")), search("やさい").toString());
        assertTrue(search("ゆうき").containsAll(List.of("OF-RICE-5K", "FT-COFFEE-200")), search("ゆうき").toString());
        assertEquals("OF-MISO-1K", search("味噌").get(0), "味噌 finds the みそ");
        assertEquals("OF-HONEY-300", search("蜂蜜").get(0), "蜂蜜 finds the はちみつ");
        assertEquals("FR-TOFU-01", search("とうふ").get(0));
    }

    @Test
    void aSingleKanjiFindsTheWordsThatHoldIt() {
        assertEquals("OF-TEA-100", search("茶").get(0), "茶 finds 煎茶");
        assertTrue(search("米").contains("OF-RICE-5K"), "米 finds 玄米: " + search("米"));
        assertTrue(search("布").containsAll(CLOTH_PADS));
    }

    @Test
    void nameBeatsTagsBeatsDescription() {
        ProductIndex index = ProductIndex.of(List.of(
                new IndexedProduct("IN-DESCRIPTION", "綿のふきん", "Cotton cloth", List.of("台所"), "エコ雑貨 Eco goods",
                        "手ぬぐいのように薄く、よく乾きます。"),
                new IndexedProduct("IN-TAGS", "綿のガーゼ", "Cotton gauze", List.of("手ぬぐい", "台所"), "エコ雑貨 Eco goods",
                        "薄くてよく乾きます。"),
                new IndexedProduct("IN-NAME", "注染の手ぬぐい 藍", "Dyed towel, indigo", List.of("台所"),
                        "エコ雑貨 Eco goods", "薄くてよく乾きます。"),
                new IndexedProduct("NOWHERE", "竹のざる", "Bamboo colander", List.of("台所"), "エコ雑貨 Eco goods", "")));
        assertEquals(List.of("IN-NAME", "IN-TAGS", "IN-DESCRIPTION"), index.search("手ぬぐい", 10));
        // Kana finds a kanji spelling through readings, kept for names and tags only (see ProductIndex).
        assertEquals(List.of("IN-NAME", "IN-TAGS"), index.search("てぬぐい", 10));
    }

    @Test
    void queriesWithoutWordsOrWithSyntaxFindNothingAndDoNotFail() {
        assertEquals(List.of(), search("xyz"));
        assertEquals(List.of(), search("「」！？"));
        assertEquals(List.of(), search("\"*?[]() AND OR"));
        assertEquals(List.of(), search(" 　 "));
    }

    private static List<String> search(String query) {
        return demo.search(query, 50);
    }
}
