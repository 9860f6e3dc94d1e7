package shop.dozo.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import shop.dozo.api.Problem;

/**
 * Service-to-service endpoints live under {@code /internal/} and are never routed by the Ingress. As a second
 * wall they require the shared key from {@code dozo.internal.key} (a Kubernetes Secret) in {@value #HEADER}.
 */
public class InternalApiGuard {
    public static final String HEADER = "X-Dozo-Internal-Key";

    @Inject
    InternalKeyConfig config;

    @ServerRequestFilter
    public Optional<Response> requireInternalKey(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/internal/")) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(HEADER);
        Optional<String> internalKey = config.key();
        if (internalKey.isEmpty() || internalKey.get().isBlank()) {
            return Optional
                    .of(refuse(503, "Service Unavailable", "The internal API is off: dozo.internal.key is not set."));
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                internalKey.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(refuse(401, "Unauthorized", "This internal endpoint is for Dozo services only."));
        }
        return Optional.empty();
    }

    private static Response refuse(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, detail)).build();
    }
}
