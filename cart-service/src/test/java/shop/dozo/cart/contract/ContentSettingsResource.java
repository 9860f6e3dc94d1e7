package shop.dozo.cart.contract;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A small real HTTP server answering content-service's public {@code GET /api/settings} as the contract has it,
 * with a registration number, for the mails that print it. Everything else is 404, as content-service would say.
 */
public class ContentSettingsResource implements QuarkusTestResourceLifecycleManager {
    public static final String REGISTRATION_NUMBER = "T1234567890123";
    public static final String SHOP_NAME = "どぞ商店";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/settings", exchange -> {
            byte[] body = ("{\"name\":\"" + SHOP_NAME + "\",\"nameEn\":\"Dozo Shop\",\"tagline\":\"\","
                    + "\"navigation\":[],\"invoiceRegistrationNumber\":\"" + REGISTRATION_NUMBER + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.content.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
