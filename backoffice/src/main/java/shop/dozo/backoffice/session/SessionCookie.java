package shop.dozo.backoffice.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import shop.dozo.web.security.Cookies;

/**
 * The staff session lives in one HttpOnly, SameSite cookie, sealed by {@link Sealer} (AES-256-GCM), so the
 * browser holds the token but no script and no other site can read or alter it, and every replica can read it
 * without shared server state.
 *
 * <p>Hand-written because Quarkus' form authentication (its encrypted cookie) keeps only the user name and its
 * expiry: it cannot carry the content-service token the services want, nor a second sign-in step for TOTP.
 */
@ApplicationScoped
public class SessionCookie {
    public static final String NAME = "dozo_staff";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    Sealer sealer;

    public Optional<StaffSession> read(RoutingContext routing) {
        String value = Cookies.get(routing, NAME);
        return value == null || value.isEmpty() ? Optional.empty() : decode(value);
    }

    public void write(RoutingContext routing, StaffSession session) {
        Cookies.setForSession(routing, NAME, encode(session));
    }

    public void clear(RoutingContext routing) {
        Cookies.clear(routing, NAME);
    }

    String encode(StaffSession session) {
        try {
            return sealer.seal(JSON.writeValueAsBytes(session));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the session", e);
        }
    }

    /** Empty for anything this app did not write with its current key: forged, altered, cut, or from before a key change. */
    Optional<StaffSession> decode(String value) {
        return sealer.open(value).flatMap(json -> {
            try {
                return Optional.of(JSON.readValue(json, StaffSession.class));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
    }
}
