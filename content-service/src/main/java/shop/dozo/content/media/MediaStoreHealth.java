package shop.dozo.content.media;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the media bucket answers, on /q/health and /q/health/well. Not a readiness check: every replica shares
 * the one store, so a store outage would take all of them out of the load balancer at once, and pages, sign-in and
 * the images on healthy placement groups would fail with the proxy's bare 503. Ready replicas answer an upload
 * the store cannot take with their own 503 and Retry-After instead (MediaStoreErrors).
 */
@Wellness
@ApplicationScoped
public class MediaStoreHealth implements HealthCheck {
    @Inject
    MediaStore store;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("media-store").status(store.bucketExists()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("media-store").down().withData("error", e.getMessage()).build();
        }
    }
}
