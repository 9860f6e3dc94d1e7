package shop.dozo.backoffice.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/**
 * The owner's screens over real HTTP: a staff member (not the owner) is shown no menu entry for them and gets the
 * owner-only page for every way of reaching them, read or write, typed by hand, under any sub-path.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class OwnerScreensTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] OWNER_PATHS = {"/settings", "/settings/", "/settings/anything", "/accounts",
            "/accounts/", "/accounts/1", "/accounts/1/disable", "/accounts/new", "/accounts/../accounts",
            "/%73ettings", "/accounts;x=1", "/./settings"};

    @TestHTTPResource("/")
    URL backoffice;

    @Test
    void staffSeeNoOwnerMenuAndGetTheOwnerOnlyPageForEveryOwnerPath() {
        StaffPeople.ensureStaff();
        String session = signIn(StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
        given().cookie(SessionCookie.NAME, session).get("/").then().statusCode(200)
                .body(not(containsString("href=\"/settings\""))).body(not(containsString("href=\"/accounts\"")))
                .body(containsString("href=\"/categories\""));
        String token = csrf(given().cookie(SessionCookie.NAME, session).get("/categories").body().asString());
        List<String> reached = new ArrayList<>();
        for (String path : OWNER_PATHS) {
            Response read = given().urlEncodingEnabled(false).redirects().follow(false)
                    .cookie(SessionCookie.NAME, session).get(path);
            Response write = given().urlEncodingEnabled(false).redirects().follow(false)
                    .cookie(SessionCookie.NAME, session).header("Origin", origin()).formParam("_csrf", token)
                    .formParam("name", "乗っ取り").formParam("email", "new@dozo.test")
                    .formParam("password", "a-password-of-staff").formParam("role", "owner").post(path);
            for (Response answer : List.of(read, write)) {
                if (answer.statusCode() != 403 || !answer.body().asString().contains("オーナー専用")) {
                    reached.add((answer == read ? "GET " : "POST ") + path + " → " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), reached, "every owner path answers the owner-only page to staff");
    }

    @Test
    void theOwnerSeesTheMenuEntriesAndOpensTheScreens() {
        String session = signIn(StaffPeople.ownerEmail(), StaffPeople.ownerPassword());
        given().cookie(SessionCookie.NAME, session).get("/").then().statusCode(200)
                .body(containsString("href=\"/settings\"")).body(containsString("href=\"/accounts\""));
        given().cookie(SessionCookie.NAME, session).get("/settings").then().statusCode(200)
                .body(containsString("id=\"invoiceRegistrationNumber\""));
        given().cookie(SessionCookie.NAME, session).get("/accounts").then().statusCode(200)
                .body(containsString(StaffPeople.ownerEmail()));
        // Japanese first; every admin screen speaks English on request.
        given().cookie(SessionCookie.NAME, session).get("/settings?lang=en").then().statusCode(200)
                .body(containsString("Shop name")).body(containsString("Registration number"));
        given().cookie(SessionCookie.NAME, session).get("/accounts?lang=en").then().statusCode(200)
                .body(containsString("Add a staff member"));
        given().cookie(SessionCookie.NAME, session).get("/categories?lang=en").then().statusCode(200)
                .body(containsString("New category"));
        given().cookie(SessionCookie.NAME, session).get("/campaigns?lang=en").then().statusCode(200)
                .body(containsString("Points multiplier"));
        given().cookie(SessionCookie.NAME, session).get("/me?lang=en").then().statusCode(200)
                .body(containsString("Change password"));
    }

    @Test
    void everySignedInPersonOpensTheirOwnAccount() {
        StaffPeople.ensureStaff();
        String session = signIn(StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
        given().cookie(SessionCookie.NAME, session).get("/me").then().statusCode(200)
                .body(containsString(StaffPeople.STAFF_EMAIL)).body(containsString("id=\"currentPassword\""));
    }

    private String signIn(String email, String password) {
        Response page = given().get("/signin");
        String nonce = page.cookie(Csrf.SIGN_IN_COOKIE);
        Response signedIn = given().redirects().follow(false).cookie(Csrf.SIGN_IN_COOKIE, nonce)
                .header("Origin", origin()).formParam("_csrf", csrf(page.body().asString()))
                .formParam("email", email).formParam("password", password).formParam("next", "/").post("/signin");
        assertEquals(303, signedIn.statusCode(), signedIn.body().asString());
        String session = signedIn.cookie(SessionCookie.NAME);
        assertNotNull(session);
        return session;
    }

    private String origin() {
        return "http://" + backoffice.getHost() + ":" + backoffice.getPort();
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), "a form with a CSRF token: " + html);
        return matcher.group(1);
    }
}
