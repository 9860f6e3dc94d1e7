package shop.dozo.cart.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import shop.dozo.cart.mail.ShopConfig;
import shop.dozo.support.InternalKeyConfig;

/**
 * The newsletter's link tokens. Confirmation: 32 random bytes, kept only as SHA-256. Unsubscribe: an HMAC of the
 * e-mail under the service's secret key, so every newsletter can carry a working link without the shop storing
 * one per subscriber ({@link #unsubscribeLink}); only its SHA-256 is stored, to find the subscriber again.
 */
@ApplicationScoped
public class NewsletterTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InternalKeyConfig keys;

    @Inject
    ShopConfig shop;

    public String newConfirmToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String unsubscribeToken(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            String key = keys.key().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "dozo.internal.key is not set: unsubscribe links cannot be signed"));
            mac.init(new SecretKeySpec(("newsletter-unsubscribe:" + key).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link that goes into every newsletter to this subscriber. */
    public String unsubscribeLink(String email, String locale) {
        return shop.publicUrl() + "/newsletter/unsubscribe?token=" + unsubscribeToken(email)
                + ("en".equals(locale) ? "&lang=en" : "");
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
