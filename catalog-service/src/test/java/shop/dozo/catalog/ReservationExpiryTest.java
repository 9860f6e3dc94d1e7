package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** A checkout that dies half-way must not hold stock forever. */
@QuarkusTest
@TestProfile(ReservationExpiryTest.ShortReservations.class)
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ReservationExpiryTest {

    public static class ShortReservations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dozo.stock.reservation-ttl", "PT1S", "dozo.stock.expiry-check", "1s");
        }
    }

    @Test
    void anUncommittedReservationExpiresAndGivesItsStockBack() throws Exception {
        ReservationTest.product("RSV-EXPIRE-1", 3);
        ReservationTest.reserve("expiring-order-1", "RSV-EXPIRE-1", 2).then().statusCode(200);
        assertEquals(1, ReservationTest.available("RSV-EXPIRE-1"));

        long deadline = System.currentTimeMillis() + 15_000;
        while (ReservationTest.available("RSV-EXPIRE-1") != 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(3, ReservationTest.available("RSV-EXPIRE-1"));
        given().spec(ReservationTest.internal()).post("/internal/reservations/expiring-order-1/commit")
                .then().statusCode(409);
        assertEquals(3, ReservationTest.ledgerSum("RSV-EXPIRE-1"));
    }
}
