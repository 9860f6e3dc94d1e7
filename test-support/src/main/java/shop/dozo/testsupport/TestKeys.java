package shop.dozo.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;

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
                System.setProperty(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
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
        try {
            String base64 = privateKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return java.security.KeyFactory.getInstance("RSA")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
