package shop.dozo.backoffice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import shop.dozo.web.security.Hmac;

/**
 * The two keys of the back office, both derived from DOZO_BACKOFFICE_SECRET, so one secret serves both and neither
 * key can be computed from the other: AES-256 for the session cookie, HMAC-SHA256 for the CSRF tokens.
 */
@ApplicationScoped
public class SessionKeys {
    private static final Logger LOG = Logger.getLogger(SessionKeys.class);

    private final SecretKey sessionKey;
    private final Hmac csrf;

    @Inject
    public SessionKeys(BackofficeConfig config) {
        this(secret(config));
    }

    SessionKeys(byte[] secret) {
        this.sessionKey = new SecretKeySpec(derive(secret, "session-cookie"), "AES");
        this.csrf = new Hmac(derive(secret, "csrf"));
    }

    public SecretKey sessionKey() {
        return sessionKey;
    }

    public Hmac csrf() {
        return csrf;
    }

    private static byte[] secret(BackofficeConfig config) {
        if (config.secret().isPresent() && config.secret().get().length() >= 32) {
            return config.secret().get().getBytes(StandardCharsets.UTF_8);
        }
        if (config.secret().isPresent()) {
            LOG.warn("dozo.backoffice.secret is shorter than 32 characters; using a random key instead");
        }
        // Fine for one instance; several replicas need the same configured secret.
        return Hmac.randomBytes(32);
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(purpose.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            return sha256.digest(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
