package shop.dozo.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.backing.DemoShopSeeder;

/** What the demo shop file holds, for assertions. */
final class DemoShop {
    private DemoShop() {
    }

    static List<String> skus() {
        try {
            List<String> skus = new ArrayList<>();
            new ObjectMapper().readTree(DemoShopSeeder.demoFile().toFile()).path("products")
                    .forEach(product -> skus.add(product.path("sku").asText()));
            return skus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
