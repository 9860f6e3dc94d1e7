package shop.dozo.backoffice.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "dozo.backoffice")
public interface BackofficeConfig {
    /**
     * Encrypts the session cookie and signs CSRF tokens (DOZO_BACKOFFICE_SECRET, at least 32 characters). Every
     * replica must share it. Without it each process makes up its own: fine for one instance.
     */
    Optional<String> secret();

    /** Signed out after this long without a request. */
    @WithDefault("30M")
    Duration idleTimeout();

    /** The shop's public address, for links to a product or page as shoppers see it. */
    @WithDefault("http://127.0.0.1:8080")
    String storefrontUrl();
}
