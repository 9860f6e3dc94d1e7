package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

/**
 * Every staff endpoint, found in the service's own OpenAPI document so that a new one cannot be forgotten:
 * anonymous 401, a signed token without a staff role 403, a staff token 403 exactly on the owner-only ones.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffAccessTest {
    private static final Set<String> OWNER_ONLY = Set.of(
            "GET /api/staff/accounts", "POST /api/staff/accounts", "POST /api/staff/accounts/{id}/disable",
            "POST /api/staff/accounts/{id}/enable", "POST /api/staff/import/{entity}", "POST /api/staff/import/media",
            "PUT /api/staff/import/media/{id}", "PUT /api/staff/operations/{name}", "PUT /api/staff/accounts/{id}/role",
            "POST /api/staff/accounts/{id}/totp/reset", "PUT /api/staff/settings");

    private static final Map<String, String> PATH_VALUES = Map.of("{slug}", "no-such-slug", "{revision}", "1",
            "{id}", "1", "{entity}", "pages", "{name}", "last-drill");

    @Test
    void everyStaffEndpointNeedsTheRightRole() {
        List<String> endpoints = staffEndpoints();
        assertTrue(endpoints.size() >= 30, "found " + endpoints);
        assertTrue(endpoints.containsAll(OWNER_ONLY), "the owner-only list names real endpoints: " + endpoints);
        for (String endpoint : endpoints) {
            assertEquals(401, call(given(), endpoint), "anonymous " + endpoint);
            assertEquals(403, call(given().auth().oauth2(TestTokens.shopper()), endpoint), "shopper " + endpoint);
            int asStaff = call(given().auth().oauth2(TestTokens.staff()), endpoint);
            if (OWNER_ONLY.contains(endpoint)) {
                assertEquals(403, asStaff, "staff " + endpoint);
            } else {
                assertNotEquals(403, asStaff, "staff " + endpoint);
                assertNotEquals(401, asStaff, "staff " + endpoint);
            }
        }
    }

    private static int call(RequestSpecification request, String endpoint) {
        String[] methodAndPath = endpoint.split(" ", 2);
        String path = methodAndPath[1];
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        // A body that no endpoint accepts: the role check must come before the body is even looked at.
        return request.contentType("application/json").body("{}").request(methodAndPath[0], path).statusCode();
    }

    @SuppressWarnings("unchecked")
    private static List<String> staffEndpoints() {
        Map<String, Map<String, Object>> paths =
                given().queryParam("format", "json").get(ManagementInterface.url("/q/openapi")).then()
                        .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/staff/")) {
                for (String method : operations.keySet()) {
                    if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                        endpoints.add(method.toUpperCase() + " " + path);
                    }
                }
            }
        });
        return endpoints;
    }
}
