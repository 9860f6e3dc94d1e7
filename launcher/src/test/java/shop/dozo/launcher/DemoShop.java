package shop.dozo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import shop.dozo.backing.DemoShopSeeder;

/** What the demo shop file holds, for assertions. */
final class DemoShop {
    private DemoShop() {
    }

    static List<String> skus() {
        return DemoShopSeeder.demoSkus();
    }

    /** The products the storefront's home page shows. */
    static Set<String> recommendedSkus() {
        Set<String> recommended = new TreeSet<>();
        products().forEach(product -> {
            if (product.path("recommended").asBoolean()) {
                recommended.add(product.path("sku").asText());
            }
        });
        return recommended;
    }

    private static JsonNode products() {
        try {
            return new ObjectMapper().readTree(DemoShopSeeder.demoFile().toFile()).path("products");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
