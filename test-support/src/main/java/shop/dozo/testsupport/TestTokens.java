package shop.dozo.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Signed tokens for tests, made the way content-service makes them. */
public final class TestTokens {
    public static final String ISSUER = "https://dozo.shop/issuer";

    private TestTokens() {
    }

    public static String staff() {
        return withRoles("staff@dozo.test", "staff");
    }

    public static String owner() {
        return withRoles("owner@dozo.test", "staff", "owner");
    }

    /** A signed, valid token whose holder has none of the staff roles. */
    public static String shopper() {
        return withRoles("shopper@dozo.test", "customer");
    }

    public static String withRoles(String email, String... roles) {
        return Jwt.issuer(ISSUER).upn(email).groups(Set.of(roles)).expiresIn(3600)
                .sign(TestKeys.get().privateKey());
    }
}
