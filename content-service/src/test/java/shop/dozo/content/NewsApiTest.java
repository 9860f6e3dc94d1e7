package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.content.ContentApi.asStaff;
import static shop.dozo.content.ContentApi.create;
import static shop.dozo.content.ContentApi.document;
import static shop.dozo.content.ContentApi.with;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class NewsApiTest {

    @Test
    void publishedNewsIsListedNewestFirstAndScheduledPostsWaitForTheirDate() {
        post("news-older", "2026-07-01T09:00:00+09:00", "published");
        post("news-newer", "2026-07-15T09:00:00+09:00", "published");
        post("news-draft", "2026-07-10T09:00:00+09:00", "draft");
        post("news-future", "2037-12-01T09:00:00+09:00", "published");

        List<String> slugs = given().queryParam("size", 50).get("/api/news").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50)).extract().jsonPath().getList("items.slug");
        List<String> mine = slugs.stream().filter(slug -> slug.startsWith("news-")).toList();
        assertEquals(List.of("news-newer", "news-older"), mine);
        given().get("/api/news/news-newer").then().statusCode(200)
                .body("publishedAt", equalTo("2026-07-15T00:00:00Z")).body("html", equalTo("<p>本文</p>\n"));
        given().get("/api/news/news-future").then().statusCode(404);
        given().get("/api/news/news-draft").then().statusCode(404);
        given().queryParam("size", 1).get("/api/news").then().body("items.size()", lessThanOrEqualTo(1));
        given().queryParam("size", 500).get("/api/news").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void newsKeepsRevisionsAndRefusesStaleSavesAndDuplicateSlugs() {
        post("news-edited", "2026-08-01T09:00:00+09:00", "published");
        asStaff().body(with(with(document(null, "夏休みのお知らせ", "8月は休みます"), "revision", 1), "publishedAt",
                "2026-08-02T09:00:00+09:00")).put("/api/staff/news/news-edited").then().statusCode(200)
                .body("revision", equalTo(2)).body("publishedAt", equalTo("2026-08-02T00:00:00Z"));
        asStaff().body(with(document(null, "x", "stale"), "revision", 1)).put("/api/staff/news/news-edited")
                .then().statusCode(409).body("current.body", equalTo("8月は休みます"));
        asStaff().post("/api/staff/news/news-edited/revisions/1/restore").then().statusCode(200)
                .body("revision", equalTo(3)).body("publishedAt", equalTo("2026-08-01T00:00:00Z"));
        asStaff().get("/api/staff/news/news-edited/revisions").then()
                .body("action", equalTo(List.of("created", "edited", "restored")));

        create("news", with(document("news-edited", "again", "x"), "status", "published")).then().statusCode(409);
        create("news", with(document("news-far", "x", "y"), "publishedAt", "2999-01-01T00:00:00Z")).then()
                .statusCode(400)
                .body("errors.field", hasItem("publishedAt"));
        asStaff().post("/api/staff/news/news-edited/archive").then().statusCode(200);
        given().get("/api/news").then().body("items.slug", not(hasItem("news-edited")));
        asStaff().get("/api/staff/news").then().body("slug", hasItem("news-edited"));
    }

    private static void post(String slug, String publishedAt, String status) {
        Map<String, Object> news =
                with(with(document(slug, "お知らせ " + slug, "本文"), "publishedAt", publishedAt), "status", status);
        create("news", news).then().statusCode(201).body("revision", equalTo(1));
    }
}
