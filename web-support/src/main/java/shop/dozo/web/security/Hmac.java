package shop.dozo.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures, base64url without padding, for what a web app hands to browsers and must get back
 * unchanged (CSRF tokens, signed cookies). Each app owns its key and its configuration; this is only the arithmetic.
 */
public final class Hmac {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public Hmac(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
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

    /** 256 random bits, base64url: a nonce or a session id. */
    public static String randomToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
