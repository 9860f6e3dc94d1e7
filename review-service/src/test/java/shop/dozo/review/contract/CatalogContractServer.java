package shop.dozo.review.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import shop.dozo.backing.DemoShopSeeder;

/**
 * catalog-service's {@code GET /api/products/{sku}}: the published products it holds (the demo shop's, plus
 * what tests add) answer 200, everything else 404.
 */
final class CatalogContractServer extends ContractServer {
    private final Set<String> published = ConcurrentHashMap.newKeySet();

    CatalogContractServer() {
        try {
            JsonNode shop = JSON.readTree(DemoShopSeeder.demoFile().toFile());
            shop.path("products").forEach(product -> published.add(product.path("sku").asText()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo shop " + DemoShopSeeder.demoFile(), e);
        }
    }

    @Override
    void serve(HttpExchange exchange, String method, String path) throws IOException {
        String prefix = "/api/products/";
        String sku = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
        if (!method.equals("GET") || sku == null || !published.contains(sku)) {
            send(exchange, 404, problem(404, "Not found"));
            return;
        }
        send(exchange, 200, Map.of("sku", sku, "slug", sku.toLowerCase(), "name", "テスト商品 " + sku,
                "priceYen", 1100, "taxRate", 10, "status", "published", "tags", List.of(), "available", 10));
    }

    /** {@code PUT /_contract/products/{sku}} publishes a product. */
    @Override
    void control(HttpExchange exchange, String method, String path) throws IOException {
        if (path.startsWith("/_contract/products/")) {
            published.add(path.substring("/_contract/products/".length()));
            send(exchange, 204, null);
        } else {
            send(exchange, 404, problem(404, "Not Found"));
        }
    }
}
