package shop.dozo.backing;

import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;

/** PEM text for keys, as SmallRye JWT reads them; reading is SmallRye JWT's own. */
public final class Pem {
    private Pem() {
    }

    /** SmallRye JWT reads PEM but does not write it. */
    public static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyUtils.decodePrivateKey(pem);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA private key in PEM form", e);
        }
    }
}
