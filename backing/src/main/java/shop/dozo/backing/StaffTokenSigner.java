package shop.dozo.backing;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/**
 * Signs a short-lived staff JWT (RS256) with the local stack's key, for the operator's own tools (seeding), with the
 * same library content-service signs staff tokens with. Shoppers and staff get theirs from /api/auth/token.
 */
public final class StaffTokenSigner {
    public static final String ISSUER = "https://dozo.shop/issuer";

    private StaffTokenSigner() {
    }

    public static String sign(PrivateKey key, String email, List<String> roles, long validSeconds) {
        // The builder adds iat and a random jti, and escapes every claim.
        return Jwt.issuer(ISSUER).upn(email).subject(email).groups(Set.copyOf(roles)).expiresIn(validSeconds)
                .jws().sign(key);
    }
}
