package shop.dozo.storefront.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignerTest {

    private static Signer signer(String secret) {
        Signer signer = new Signer();
        signer.configured = Optional.ofNullable(secret);
        signer.init();
        return signer;
    }

    @Test
    void acceptsItsOwnSignatureOnly() {
        Signer signer = signer("a-secret-that-is-long-enough-for-hmac-123");
        String nonce = Signer.randomToken();
        assertTrue(signer.verify(nonce, signer.sign(nonce)));
        assertFalse(signer.verify(nonce, signer.sign(nonce + "x")));
        assertFalse(signer.verify(nonce, ""));
        assertFalse(signer.verify(nonce, null));
    }

    @Test
    void replicasWithTheSameSecretAgreeAndOthersDoNot() {
        String nonce = Signer.randomToken();
        String secret = "shared-between-replicas-0123456789abcdef";
        assertTrue(signer(secret).verify(nonce, signer(secret).sign(nonce)));
        assertFalse(signer(null).verify(nonce, signer(null).sign(nonce)), "no secret: each process has its own key");
    }
}
