package shop.dozo.backing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs a short-lived staff JWT (RS256) with the local stack's key, for the operator's own tools (seeding).
 * Shoppers and staff get their tokens from content-service's /api/auth/token.
 */
public final class StaffTokenSigner {
    public static final String ISSUER = "https://dozo.shop/issuer";

    private StaffTokenSigner() {
    }

    public static String sign(PrivateKey key, String email, List<String> roles, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String groups = roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + email + "\",\"sub\":\"" + email + "\",\"groups\":["
                + groups + "],\"iat\":" + now + ",\"exp\":" + (now + validSeconds) + ",\"jti\":\""
                + StackSecrets.randomToken(12) + "\"}";
        String signingInput = base64(header) + "." + base64(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
