package shop.dozo.content.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes as every authenticator app makes them: HMAC-SHA1, 6 digits, 30-second steps, 160-bit secrets
 * written in Base32. A code of the step before or after also counts, for a phone clock a little off.
 */
final class TotpCodes {
    static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);

    private TotpCodes() {
    }

    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** What an authenticator app reads from a QR code or a link: the shop's name and the account. */
    static String uri(String issuer, String email, String secret) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The step the code belongs to (now, one before or one after), or empty when it is not a current code. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        long step = now.getEpochSecond() / STEP.toSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            try {
                int expected =
                        GENERATOR.generateOneTimePassword(key, Instant.ofEpochSecond(candidate * STEP.toSeconds()));
                if (String.format("%06d", expected).equals(digits)) {
                    return OptionalLong.of(candidate);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("A stored TOTP secret is not a key", e);
            }
        }
        return OptionalLong.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
