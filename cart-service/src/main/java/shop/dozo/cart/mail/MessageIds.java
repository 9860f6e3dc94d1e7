package shop.dozo.cart.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One Message-ID per event, worked out from the event key alone: a mail sent again after a crash between sending
 * and marking it sent carries the same id, so the shopper's mail client shows it once.
 */
public final class MessageIds {
    private MessageIds() {
    }

    /** {@code <sha256(eventKey), first 32 hex digits@domain>}; the key itself (an order id) stays out of headers. */
    public static String of(String eventKey, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
