package shop.dozo.catalog;

import io.restassured.RestAssured;
import java.util.Map;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.testsupport.TestTokens;

/** Puts the 30 demo products in through the staff API, once per test run (the seeder skips what exists). */
final class DemoCatalog {
    private static boolean seeded;

    private DemoCatalog() {
    }

    static synchronized void ensure() {
        if (!seeded) {
            new DemoShopSeeder(Map.of("catalog-service", "http://localhost:" + RestAssured.port), TestTokens.owner(),
                    DemoShopSeeder.demoFile()).seed();
            seeded = true;
        }
    }
}
