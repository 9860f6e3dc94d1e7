package shop.dozo.support.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import shop.dozo.support.InternalApiGuard;

/**
 * Asks content-service's {@code GET /internal/staff/status?email=} (docs/service-contracts.md). The JDK client,
 * not a REST Client interface: this module is shared by every service and must not need per-service config keys.
 */
final class RemoteStaffStatus implements StaffStatusSource {
    private static final Logger LOG = Logger.getLogger(RemoteStaffStatus.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final String baseUrl;
    private final String internalKey;
    private volatile boolean warned;

    RemoteStaffStatus(String baseUrl, String internalKey) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.internalKey = internalKey;
    }

    @Override
    public Optional<StaffStatus> statusOf(String email) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/internal/staff/status?email="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(2))
                    .header(InternalApiGuard.HEADER, internalKey == null ? "" : internalKey).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return unavailable("content-service answered " + response.statusCode());
            }
            JsonNode body = JSON.readTree(response.body());
            warned = false;
            return Optional.of(new StaffStatus(body.path("active").asBoolean(false),
                    body.path("tokensValidFrom").asLong(Long.MAX_VALUE)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(e.toString());
        } catch (Exception e) {
            return unavailable(e.toString());
        }
    }

    private Optional<StaffStatus> unavailable(String why) {
        if (!warned) {
            warned = true;
            LOG.warnf(
                    "Cannot ask content-service about staff accounts (%s); staff tokens are checked by signature only",
                    why);
        }
        return Optional.empty();
    }
}
