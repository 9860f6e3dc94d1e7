package shop.dozo.storefront.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * HMAC-SHA256 signatures for what the shop hands to browsers and must get back unchanged (CSRF form tokens,
 * the "last order" cookie). The key comes from {@code dozo.storefront.secret}, shared by every replica.
 */
@ApplicationScoped
public class Signer {
    private static final Logger LOG = Logger.getLogger(Signer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code dozo.storefront.secret} ({@link SignerConfig}); set before {@link #init()}, by CDI or by a test. */
    Optional<String> configured;

    private SecretKeySpec key;

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
            secret = randomBytes(32);
        }
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time, so the answer's timing tells nothing about how much of a forged signature was right. */
    public boolean verify(String value, String signature) {
        if (value == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public static String randomToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
