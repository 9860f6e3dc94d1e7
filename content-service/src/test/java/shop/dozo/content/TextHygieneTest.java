package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.content.ContentApi.asShopOwner;
import static shop.dozo.content.ContentApi.asStaff;
import static shop.dozo.content.ContentApi.document;
import static shop.dozo.content.ContentApi.rows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import shop.dozo.api.ProblemTypes;
import shop.dozo.testsupport.AwkwardText;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;
import shop.dozo.testsupport.Utf8mb4;

/**
 * Every class of the text rule at content-service's edges: settings, pages, news and media alt text (a query
 * parameter). Refused text is a 400 naming the field with nothing stored; accepted text comes back as sent.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TextHygieneTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aNulInTheShopNameIsRefusedAndTheSettingsStayAsTheyWere() {
        Map<String, Object> before = settings();
        refused(asShopOwner().body(AwkwardText.escapedJson(edited(before, "name", "ことり舎\u0000")))
                .put("/api/staff/settings"),
                "name", "NUL in the shop name");
        assertEquals(before, settings(), "nothing stored, not even a new version");
    }

    @Test
    void refusedTextInTheSettingsNamesTheField() {
        Map<String, Object> before = settings();
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            for (String field : List.of("name", "nameEn", "tagline", "footer", "footerEn")) {
                refused(asShopOwner().body(AwkwardText.escapedJson(edited(before, field, refused.getValue())))
                        .put("/api/staff/settings"), field, refused.getKey());
            }
            Map<String, Object> navigation = edited(before, "navigation",
                    List.of(Map.of("label", "ok", "href", "/news"), Map.of("label", refused.getValue(), "href", "/x")));
            refused(asShopOwner().body(AwkwardText.escapedJson(navigation)).put("/api/staff/settings"),
                    "navigation[1].label",
                    refused.getKey());
        }
        for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
            for (String field : List.of("name", "tagline")) {
                refused(asShopOwner().body(AwkwardText.escapedJson(edited(before, field, bidi.getValue())))
                        .put("/api/staff/settings"), field, bidi.getKey());
            }
        }
        for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
            byte[] body = AwkwardText.withRawBytes("{\"name\": \"店%s\", \"version\": " + before.get("version") + "}",
                    invalid.getValue());
            refused(asShopOwner().body(body).put("/api/staff/settings"), "name", invalid.getKey());
        }
        assertEquals(before, settings());
    }

    @Test
    void refusedTextInPagesAndNewsNamesTheFieldAndCreatesNothing() throws Exception {
        for (String kind : List.of("pages", "news")) {
            long documents = rows(kind.equals("pages") ? "page" : "news_post");
            for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
                for (String field : List.of("title", "titleEn", "body", "note")) {
                    Map<String, Object> document = document(slug(), "題名", "本文");
                    document.put(field, refused.getValue());
                    refused(asStaff().body(AwkwardText.escapedJson(document)).post("/api/staff/" + kind), field,
                            kind + " " + refused.getKey());
                }
            }
            for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
                Map<String, Object> document = document(slug(), bidi.getValue(), "本文");
                refused(asStaff().body(AwkwardText.escapedJson(document)).post("/api/staff/" + kind), "title",
                        bidi.getKey());
            }
            for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
                byte[] body = AwkwardText.withRawBytes(
                        "{\"slug\": \"" + slug() + "\", \"title\": \"題名\", \"body\": \"# 本文%s\"}",
                        invalid.getValue());
                refused(asStaff().body(body).post("/api/staff/" + kind), "body", invalid.getKey());
            }
            assertEquals(documents, rows(kind.equals("pages") ? "page" : "news_post"), kind + ": nothing created");
        }
    }

    @Test
    void refusedAltTextIsA400NamingTheParameterAndNoImageIsStored() throws Exception {
        long media = rows("media");
        byte[] image = TestImages.png(31, 17, Color.CYAN);
        for (String alt : List.of("藍\u0000染め", "esc\u001B", "del\u007F", "admin\u202Egnp.exe", "a\u2066b")) {
            refused(upload(image).queryParam("alt", alt).post("/api/staff/media"), "alt", alt);
        }
        for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
            String raw = "%E8%97%8D" + percentEncoded(invalid.getValue());
            refused(upload(image).urlEncodingEnabled(false).post("/api/staff/media?alt=" + raw), "alt",
                    invalid.getKey());
        }
        assertEquals(media, rows("media"), "no image stored");

        String id = upload(image).queryParam("alt", "藍染め").post("/api/staff/media").then().statusCode(201)
                .extract().path("id");
        refused(asStaff().body(AwkwardText.escapedJson(Map.of("altText", "半分\uD83Dだけ")))
                .put("/api/staff/media/" + id + "/alt"),
                "altText", "lone surrogate");
        given().get("/api/media/" + id + "/info").then().body("altText", equalTo("藍染め"));
    }

    @Test
    void awkwardTextComesBackByteForByte() {
        for (Map.Entry<String, String> awkward : AwkwardText.ONE_LINE.entrySet()) {
            String text = awkward.getValue();
            Map<String, Object> edit = new HashMap<>(settings());
            edit.keySet().retainAll(List.of("nameEn", "taglineEn", "legalNoticeSlug", "version"));
            edit.putAll(Map.of("name", text, "tagline", text, "footer", text, "navigation",
                    List.of(Map.of("label", text, "labelEn", text, "href", "/news"))));
            asShopOwner().body(edit).put("/api/staff/settings").then().statusCode(200);
            Map<String, Object> read = given().get("/api/settings").then().statusCode(200).extract().as(Map.class);
            assertEquals(List.of(text, text, text), List.of(read.get("name"), read.get("tagline"), read.get("footer")),
                    awkward.getKey());
            assertEquals(Map.of("label", text, "labelEn", text, "href", "/news"),
                    ((List<?>) read.get("navigation")).get(0));

            for (String kind : List.of("pages", "news")) {
                String slug = slug();
                Map<String, Object> document = document(slug, text, text);
                document.put("note", text);
                asStaff().body(document).post("/api/staff/" + kind).then().statusCode(201);
                asStaff().get("/api/staff/" + kind + "/" + slug).then().body("title", equalTo(text)).body("body",
                        equalTo(text));
                asStaff().get("/api/staff/" + kind + "/" + slug + "/revisions").then().body("note", contains(text));
            }

            String id = upload(TestImages.png(40 + SEQUENCE.incrementAndGet(), 9, Color.GREEN)).queryParam("alt", text)
                    .post("/api/staff/media").then().statusCode(201).extract().path("id");
            given().get("/api/media/" + id + "/info").then().body("altText", equalTo(text));
            asStaff().body(Map.of("altText", text + " 2")).put("/api/staff/media/" + id + "/alt").then()
                    .statusCode(200);
            given().get("/api/media/" + id + "/info").then().body("altText", equalTo(text + " 2"));
        }
        for (Map.Entry<String, String> awkward : AwkwardText.MULTI_LINE.entrySet()) {
            String text = awkward.getValue();
            Map<String, Object> edit = edited(settings(), "footer", text);
            edit.put("footerEn", text);
            asShopOwner().body(AwkwardText.escapedJson(edit)).put("/api/staff/settings").then().statusCode(200);
            assertEquals(text, given().get("/api/settings").then().extract().path("footer"), awkward.getKey());
            for (String kind : List.of("pages", "news")) {
                String slug = slug();
                Map<String, Object> document = document(slug, "題名", text);
                document.put("note", text);
                asStaff().body(AwkwardText.escapedJson(document)).post("/api/staff/" + kind).then().statusCode(201);
                assertEquals(text, asStaff().get("/api/staff/" + kind + "/" + slug).then().extract().path("body"),
                        kind + " " + awkward.getKey());
                asStaff().get("/api/staff/" + kind + "/" + slug + "/revisions/1").then().body("body", equalTo(text))
                        .body("note", equalTo(text));
            }
        }
    }

    @Test
    void theServiceTalksToMariaDbInUtf8mb4Everywhere() {
        Utf8mb4.assertEverywhere(dataSource);
    }

    /** What staff read back, without the fields a save sets itself. */
    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(asStaff().get("/api/staff/settings").then().statusCode(200)
                .extract().as(Map.class));
        settings.remove("updatedAt");
        settings.remove("updatedBy");
        return settings;
    }

    private static Map<String, Object> edited(Map<String, Object> settings, String field, Object value) {
        Map<String, Object> edit = new HashMap<>(settings);
        edit.put(field, value);
        return edit;
    }

    private static void refused(Response response, String field, String what) {
        assertEquals(400, response.statusCode(), what + ": " + response.asString());
        response.then().contentType("application/problem+json").body("type", equalTo(ProblemTypes.INVALID_TEXT))
                .body("errors.field", contains(field));
    }

    private static io.restassured.specification.RequestSpecification upload(byte[] image) {
        return given().auth().oauth2(TestTokens.staff()).contentType("application/octet-stream").body(image);
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return encoded.toString();
    }

    private static String slug() {
        return "hyg-" + SEQUENCE.incrementAndGet();
    }
}
