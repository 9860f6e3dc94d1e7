package shop.dozo.cart.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import shop.dozo.support.ProblemException;

/**
 * Customer passwords, bcrypt as content-service's staff passwords. bcrypt reads only the first 72 bytes, so a
 * longer new password is refused and a longer one given at sign-in never matches.
 */
@ApplicationScoped
public class Passwords {
    static final int MIN_CHARACTERS = 8;
    static final int MAX_BYTES = 72;

    @Inject
    AccountConfig config;

    /** Made with the bean, so even the first unknown e-mail costs one comparison, not a hash and a comparison. */
    private String unknownUserHash;

    @PostConstruct
    void prepare() {
        unknownUserHash = hash("dozo-unknown-customer");
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static void requireGoodNew(String field, String password) {
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            throw ProblemException.badRequest(field, "at least " + MIN_CHARACTERS + " characters");
        }
        if (!fitsBcrypt(password)) {
            throw ProblemException.badRequest(field, "at most " + MAX_BYTES + " bytes in UTF-8 (" + MAX_BYTES
                    + " letters or digits, 24 kanji or kana); a longer password would be cut short");
        }
    }

    String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    /** Always one bcrypt comparison, so an unknown e-mail takes as long as a wrong password. */
    boolean matches(String password, String hashOrNull) {
        boolean matches = BcryptUtil.matches(password, hashOrNull == null ? unknownUserHash : hashOrNull);
        return matches && hashOrNull != null && fitsBcrypt(password);
    }
}
