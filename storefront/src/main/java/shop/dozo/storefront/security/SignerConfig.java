package shop.dozo.storefront.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "dozo.storefront")
public interface SignerConfig {
    /**
     * Signs the CSRF form tokens and the "last order" cookie ({@link Signer}). Every replica must share it: set
     * DOZO_STOREFRONT_SECRET (at least 32 characters). Without it, or shorter, each process makes up its own key,
     * which is fine for a single instance; the chart makes the Secret key mandatory, so a pod without it does not start.
     */
    Optional<String> secret();
}
