package shop.dozo.review.review;

import java.security.SecureRandom;
import java.util.Base64;
import shop.dozo.review.Sha256;

/** A shopper has no account: a random key, given once when posting, proves the review is theirs. */
public final class WithdrawKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WithdrawKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only the hash is stored, so a database dump cannot withdraw anybody's review. */
    public static String hash(String key) {
        return Sha256.hex(key);
    }
}
