package shop.dozo.review.abuse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

@ConfigMapping(prefix = "dozo.review")
public interface ClientIdentityConfig {
    /**
     * Client addresses are stored only as a SHA-256 salted with this ({@link ClientIdentity}). The default is for a
     * local shop; production sets DOZO_REVIEW_CLIENT_HASH_SALT.
     */
    @WithDefault("dozo-review-local")
    @NotBlank
    String clientHashSalt();
}
