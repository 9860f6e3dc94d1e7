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
    /**
     * One generator per thread: the default (NativePRNG) serialises every caller on one lock around /dev/urandom,
     * which a page served from the cache to a first-time visitor (a new CSRF nonce each) would queue on. Each DRBG
     * seeds itself from the system.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Hmac::newRandom);

    private final SecretKeySpec key;

    /** A Mac per thread, made once: finding the provider and initialising cost more than the signature itself. */
    private final ThreadLocal<Mac> macs;

    public Hmac(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String sign(String value) {
        // doFinal resets the Mac for the next value.
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (GeneralSecurityException e) {
            return new SecureRandom();
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
        RANDOM.get().nextBytes(bytes);
        return bytes;
    }
}
