package shop.dozo.backoffice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import shop.dozo.web.security.Hmac;

/**
 * AES-256-GCM: what the back office gives the browser to hold and must get back unread and unaltered (the session,
 * a half-finished sign-in). A random 96-bit IV per value; base64url of IV and ciphertext with its tag.
 */
@ApplicationScoped
public class Sealer {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    SessionKeys keys;

    public String seal(byte[] plain) {
        try {
            byte[] iv = Hmac.randomBytes(IV_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.sessionKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal", e);
        }
    }

    /** Empty for anything not sealed with the current key: forged, altered, cut, or from before a key change. */
    public Optional<byte[]> open(String value) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(value);
            if (raw.length <= IV_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.sessionKey(), new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            return Optional.of(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
