package shop.dozo.content.auth;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The staff tokens this service issues ({@link TokenResource}). These are smallrye-jwt's own
 * {@code smallrye.jwt.new-token.*} properties, so their values stay in application.properties, where the library
 * reads them too; this group only gives our code a typed, checked view. Every {@code smallrye.jwt.new-token.*}
 * property we set must be named here: SmallRye Config refuses a property under a mapped prefix that maps to
 * nothing (SRCFG00050).
 */
@ConfigMapping(prefix = "smallrye.jwt.new-token")
public interface NewTokenConfig {
    /** Seconds a staff token is valid. */
    @Min(1)
    long lifespan();

    /** The {@code iss} claim, which every service's {@code mp.jwt.verify.issuer} expects. */
    Optional<String> issuer();
}
