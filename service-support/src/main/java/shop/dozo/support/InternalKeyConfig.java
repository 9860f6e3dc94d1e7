package shop.dozo.support;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The shared key of the service-to-service calls: required on this service's {@code /internal/} endpoints
 * ({@link InternalApiGuard}) and sent on its calls to the neighbours' ones, in {@value InternalApiGuard#HEADER}.
 */
@ConfigMapping(prefix = "dozo.internal")
public interface InternalKeyConfig {
    /** env DOZO_INTERNAL_KEY (a Kubernetes Secret; never committed). Unset or blank: the internal API is off. */
    Optional<String> key();
}
