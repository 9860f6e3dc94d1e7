package shop.dozo.launcher.archive;

import java.util.Map;

/**
 * Where each service's staff API is, and the staff token to call it with: the local stack's addresses, or a
 * Kubernetes install's (one base URL whose Ingress routes /catalog, /cart, /content and /review).
 */
public record ShopEndpoints(Map<String, String> serviceUrls, String token) {

    public String url(String service) {
        String url = serviceUrls.get(service);
        if (url == null) {
            throw new IllegalStateException("No address for " + service + ".");
        }
        return url;
    }

    public static ShopEndpoints behindIngress(String baseUrl, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new ShopEndpoints(Map.of("catalog-service", base + "/catalog", "cart-service", base + "/cart",
                "content-service", base + "/content", "review-service", base + "/review"), token);
    }
}
