package shop.dozo.backoffice.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;
import shop.dozo.backoffice.session.SessionCookie;

/**
 * The pages, news and review screens over HTTP where a browser does not go: addresses that name nothing are 404
 * pages, not 500s, and refused forms come back with the status and the field that explains them.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class ContentScreensTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL backoffice;

    private static String session;

    @BeforeEach
    void signIn() {
        StaffPeople.ensureStaff();
        if (session != null) {
            return;
        }
        // As a person signs in: the sign-in form's nonce cookie and token, then the session cookie it answers.
        Response page = given().get("/signin");
        Response signedIn = given().redirects().follow(false).cookie("dozo_signin", page.cookie("dozo_signin"))
                .header("Origin", origin()).formParam("_csrf", csrf(page.body().asString()))
                .formParam("email", StaffPeople.STAFF_EMAIL).formParam("password", StaffPeople.STAFF_PASSWORD)
                .formParam("next", "/").post("/signin");
        assertEquals(303, signedIn.statusCode(), signedIn.body().asString());
        session = signedIn.cookie(SessionCookie.NAME);
    }

    @Test
    void addressesThatNameNothingAreNotFoundPages() {
        for (String path : new String[]{"/pages/no-such-page", "/news/no-such-post/revisions",
                "/pages/about/revisions/diff?from=1&to=999", "/pages/about/revisions/diff?from=x&to=1",
                "/pages/about/revisions/diff", "/reviews/999999", "/reviews/not-a-number"}) {
            signedIn().get(path).then().statusCode(404).body(containsString("見つかりません"));
        }
    }

    @Test
    void aRefusedPageKeepsWhatWasTypedAndNamesTheField() {
        String csrf = csrfOf("/pages/new");
        signedIn().formParam("_csrf", csrf).formParam("slug", "Not A Slug").formParam("title", "題名")
                .formParam("body", "本文です").post("/pages").then().statusCode(400)
                .body(containsString("id=\"slug-error\"")).body(containsString("value=\"Not A Slug\""))
                .body(containsString("本文です"));
        signedIn().formParam("_csrf", csrf).formParam("slug", "about").formParam("title", "題名")
                .formParam("body", "本文です").post("/pages").then().statusCode(409)
                .body(containsString("このスラッグはすでに使われています"));
    }

    @Test
    void aNewsDateTheBrowserDidNotSendOrContentServiceRefusesIsExplainedNextToIt() {
        String csrf = csrfOf("/news/new");
        signedIn().formParam("_csrf", csrf).formParam("slug", "date-test").formParam("title", "日付")
                .formParam("body", "本文").formParam("publishedAt", "来週").post("/news").then().statusCode(400)
                .body(containsString("id=\"publishedAt-error\"")).body(containsString("value=\"来週\""));
        signedIn().formParam("_csrf", csrf).formParam("slug", "date-test").formParam("title", "日付")
                .formParam("body", "本文").formParam("publishedAt", "2040-01-01T09:00").post("/news").then()
                .statusCode(400).body(containsString("id=\"publishedAt-error\""));
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedByReviewServiceAndSaidNextToTheField() {
        String json = "{\"sku\":\"EG-WRAP-3\",\"rating\":2,\"title\":\"理由なしの却下\","
                + "\"body\":\"思ったよりも小さいサイズでした。\",\"nickname\":\"テスト\"}";
        ShopApi.Reply posted = new ShopApi(null).postWithHeader(
                BackofficeStack.get().url("review-service") + "/api/reviews", "X-Forwarded-For", "192.0.2.77", json);
        assertEquals(202, posted.status(), posted.body());
        String queue = signedIn().get("/reviews").body().asString();
        Matcher link = Pattern.compile("href=\"/reviews/(\\d+)\">理由なしの却下").matcher(queue);
        assertTrue(link.find(), queue);
        String review = "/reviews/" + link.group(1);
        signedIn().formParam("_csrf", csrfOf(review)).formParam("reason", "  ").post(review + "/reject").then()
                .statusCode(400).body(containsString("id=\"reason-error\""));
    }

    private RequestSpecification signedIn() {
        // A browser sends its forms in UTF-8, rest-assured by default in ISO-8859-1.
        return given().redirects().follow(false).cookie(SessionCookie.NAME, session).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private String csrfOf(String path) {
        return csrf(signedIn().get(path).body().asString());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), "a form with a CSRF token: " + html);
        return matcher.group(1);
    }

    private String origin() {
        return "http://" + backoffice.getHost() + ":" + backoffice.getPort();
    }
}
