package shop.dozo.storefront.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One rendered page as UTF-8 bytes, cut where the CSRF token belongs (see {@link PageCache} for why no token is
 * stored). {@code parts.length == 1} means the page has no form and is the same for every anonymous browser.
 */
record CachedPage(byte[][] parts, String hash, int size) {

    static CachedPage of(String html, String placeholder) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(placeholder); at >= 0; at = html.indexOf(placeholder, from)) {
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + placeholder.length();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        byte[][] array = parts.toArray(byte[][]::new);
        int size = 0;
        MessageDigest digest = sha256();
        for (byte[] part : array) {
            size += part.length;
            digest.update(part);
            digest.update((byte) 0);
        }
        return new CachedPage(array, shortHash(digest.digest()), size);
    }

    boolean hasToken() {
        return parts.length > 1;
    }

    /** The bytes this browser gets: the parts joined by its token. */
    byte[] bytes(String token) {
        if (!hasToken()) {
            return parts[0];
        }
        byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size + tokenBytes.length * (parts.length - 1)];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(tokenBytes, 0, out, at, tokenBytes.length);
                at += tokenBytes.length;
            }
            System.arraycopy(parts[i], 0, out, at, parts[i].length);
            at += parts[i].length;
        }
        return out;
    }

    /** Changes whenever the bytes change, the spliced token included (a hash of it, not the token itself). */
    String etag(String token) {
        if (!hasToken()) {
            return '"' + hash + '"';
        }
        return '"' + hash + '.' + shortHash(sha256().digest(token.getBytes(StandardCharsets.US_ASCII))) + '"';
    }

    private static String shortHash(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
