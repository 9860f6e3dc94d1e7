package shop.dozo.testsupport;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The running {@code @QuarkusTest}'s management interface (health, metrics, OpenAPI): its own port, random in
 * tests ({@code quarkus.management.test-port=0}), never the port the Ingress or HAProxy routes.
 */
public final class ManagementInterface {
    /** What every service serves on the management port only. */
    public static final List<String> ENDPOINTS = List.of("/q/health", "/q/health/ready", "/q/metrics");

    private ManagementInterface() {
    }

    /** {@code url("/q/health/ready")}: the endpoint on the management port. */
    public static String url(String path) {
        // Quarkus' own test.management.url ends in the management root path (/q) and names the port it bound.
        String root = ConfigProvider.getConfig().getValue("test.management.url", String.class);
        String base = root.endsWith("/q") ? root.substring(0, root.length() - 2) : root;
        return base + path;
    }
}
