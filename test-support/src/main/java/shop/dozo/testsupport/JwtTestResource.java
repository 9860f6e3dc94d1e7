package shop.dozo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the service under test a fresh RSA key pair: the public key to verify staff tokens, and the private key
 * so that a token-issuing service (content-service) can sign them, and the internal API key. Tests mint tokens with {@link TestTokens}.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {
    /** The shared key for /internal/ service-to-service calls in tests. */
    public static final String INTERNAL_KEY = "dozo-test-internal-key";

    @Override
    public Map<String, String> start() {
        TestKeys keys = TestKeys.get();
        return Map.of(
                "mp.jwt.verify.publickey", keys.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "smallrye.jwt.sign.key", keys.privateKeyPem(),
                "smallrye.jwt.new-token.issuer", TestTokens.ISSUER,
                "dozo.internal.key", INTERNAL_KEY);
    }

    @Override
    public void stop() {
        // The keys live for the whole test JVM.
    }
}
