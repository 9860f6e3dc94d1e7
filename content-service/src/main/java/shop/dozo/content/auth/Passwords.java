package shop.dozo.content.auth;

import java.nio.charset.StandardCharsets;
import shop.dozo.support.ProblemException;

/**
 * bcrypt reads only the first 72 bytes of a password: a longer one would silently match any password that
 * shares those bytes. So new passwords are refused beyond 72 bytes (UTF-8: 72 ASCII letters, 24 kanji), and a
 * longer password given at sign-in never matches.
 */
final class Passwords {
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static void requireFitsBcrypt(String field, String password) {
        if (!fitsBcrypt(password)) {
            throw ProblemException.badRequest(field, "at most " + MAX_BYTES + " bytes in UTF-8 (" + MAX_BYTES
                    + " letters or digits, 24 kanji or kana); a longer password would be cut short");
        }
    }
}
