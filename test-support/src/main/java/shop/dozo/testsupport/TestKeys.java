package shop.dozo.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import shop.dozo.backing.Pem;

/** One RSA key pair per test JVM, shared through system properties so every class loader sees the same keys. */
public final class TestKeys {
    private static final String PUBLIC = "dozo.test.jwt.public";
    private static final String PRIVATE = "dozo.test.jwt.private";

    private final String publicKeyPem;
    private final String privateKeyPem;

    private TestKeys(String publicKeyPem, String privateKeyPem) {
        this.publicKeyPem = publicKeyPem;
        this.privateKeyPem = privateKeyPem;
    }

    public static synchronized TestKeys get() {
        if (System.getProperty(PRIVATE) == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC, Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return new TestKeys(System.getProperty(PUBLIC), System.getProperty(PRIVATE));
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    public String privateKeyPem() {
        return privateKeyPem;
    }

    public PrivateKey privateKey() {
        return Pem.privateKey(privateKeyPem);
    }
}
