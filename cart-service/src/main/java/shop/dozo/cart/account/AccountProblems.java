package shop.dozo.cart.account;

import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * The problems a client must tell apart to show the right page: a link that names nothing, one that expired, an
 * account whose e-mail is not verified yet, a session that no longer counts.
 */
public final class AccountProblems {
    public static final String LINK_INVALID = "https://dozo.shop/problems/link-invalid";
    public static final String LINK_EXPIRED = "https://dozo.shop/problems/link-expired";
    public static final String ACCOUNT_UNVERIFIED = "https://dozo.shop/problems/account-unverified";
    public static final String SESSION_INVALID = "https://dozo.shop/problems/session-invalid";

    private AccountProblems() {
    }

    static ProblemException linkInvalid() {
        return typed(LINK_INVALID, 400, "Link not valid",
                "This link is not valid (it may have been replaced by a newer one or already used).", "token");
    }

    static ProblemException linkExpired() {
        return typed(LINK_EXPIRED, 400, "Link expired", "This link has expired. Ask for a new one.", "token");
    }

    static ProblemException unverified() {
        return typed(ACCOUNT_UNVERIFIED, 403, "E-mail not verified",
                "Open the link in the mail we sent to finish signing up, or sign up again for a new mail.", null);
    }

    /** 401 for a missing, unknown or expired customer session (a staff token is none of ours either). */
    public static ProblemException sessionInvalid() {
        return typed(SESSION_INVALID, 401, "Not signed in",
                "Sign in again: send the session token in the X-Dozo-Customer-Session header.", null);
    }

    static ProblemException wrongCredentials() {
        return new ProblemException(Problem.of(401, "Unauthorized", "The e-mail or the password is wrong."));
    }

    private static ProblemException typed(String type, int status, String title, String detail, String field) {
        return new ProblemException(new Problem(type, title, status, detail, null,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)), null));
    }
}
