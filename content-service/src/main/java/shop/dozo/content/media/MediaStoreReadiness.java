package shop.dozo.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the media bucket answers: without it uploads and images would fail. */
@Readiness
@ApplicationScoped
public class MediaStoreReadiness implements HealthCheck {
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
