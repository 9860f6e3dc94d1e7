package shop.dozo.content.auth;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first owner account (DOZO_OWNER_EMAIL + DOZO_OWNER_INITIAL_PASSWORD), made only while no account exists
 * ({@link OwnerBootstrap}). There is no default password: without these, no one can sign in until the owner is
 * configured.
 */
@ConfigMapping(prefix = "dozo.owner")
public interface OwnerConfig {
    Optional<String> email();

    Optional<String> initialPassword();
}
