package shop.dozo.storefront.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.logging.Logger;
import shop.dozo.web.security.Hmac;

/**
 * HMAC-SHA256 signatures for what the shop hands to browsers and must get back unchanged (CSRF form tokens,
 * the "last order" cookie). The key comes from {@code dozo.storefront.secret}, shared by every replica.
 */
@ApplicationScoped
public class Signer {
    private static final Logger LOG = Logger.getLogger(Signer.class);

    /** {@code dozo.storefront.secret} ({@link SignerConfig}); set before {@link #init()}, by CDI or by a test. */
    Optional<String> configured;

    private Hmac hmac;

    @Inject
    void configure(SignerConfig config) {
        configured = config.secret();
    }

    @PostConstruct
    void init() {
        byte[] secret;
        if (configured.isPresent() && configured.get().length() >= 32) {
            secret = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            if (configured.isPresent()) {
                LOG.warn("dozo.storefront.secret is shorter than 32 characters; using a random key instead");
            }
            // Fine for one instance; several replicas need the same configured secret.
            secret = Hmac.randomBytes(32);
        }
        hmac = new Hmac(secret);
    }

    public String sign(String value) {
        return hmac.sign(value);
    }

    public boolean verify(String value, String signature) {
        return hmac.verify(value, signature);
    }

    public static String randomToken() {
        return Hmac.randomToken();
    }
}
