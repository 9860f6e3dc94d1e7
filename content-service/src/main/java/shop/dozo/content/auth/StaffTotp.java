package shop.dozo.content.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalLong;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Two-step sign-in for a staff account: set up (a new secret, confirmed by a first code), checked at every
 * sign-in, turned off by its owner with a code, or reset by an owner when the phone is lost. Each code is
 * accepted once; wrong codes count as failed sign-ins for the throttle.
 */
@ApplicationScoped
public class StaffTotp {
    public static final String REQUIRED = "https://dozo.shop/problems/totp-required";
    public static final String INVALID = "https://dozo.shop/problems/totp-invalid";

    public record Enrolment(String secret, String otpauthUri) {
    }

    @Inject
    LoginThrottle throttle;

    @Transactional
    public Enrolment start(String email, String issuer) {
        StaffAccount account = mine(email);
        if (account.totpEnabled()) {
            throw ProblemException.conflict("Two-step sign-in is on already; turn it off first to set up a new app.");
        }
        account.totpPendingSecret = TotpCodes.newSecret();
        return new Enrolment(account.totpPendingSecret,
                TotpCodes.uri(issuer, account.email, account.totpPendingSecret));
    }

    @Transactional
    public StaffAccount confirm(String email, String client, String code) {
        StaffAccount account = mine(email);
        if (account.totpPendingSecret == null) {
            throw ProblemException.conflict("Start setting up two-step sign-in first.");
        }
        throttle.requireNoWait(account.email, client);
        OptionalLong step = TotpCodes.matchingStep(account.totpPendingSecret, code, Instant.now());
        if (step.isEmpty()) {
            throttle.failed(account.email, client);
            throw ProblemException.badRequest("code", "is not the current code of the app");
        }
        account.totpSecret = account.totpPendingSecret;
        account.totpPendingSecret = null;
        account.totpLastStep = step.getAsLong();
        return account;
    }

    @Transactional
    public StaffAccount turnOff(String email, String client, String code) {
        StaffAccount account = mine(email);
        if (!account.totpEnabled()) {
            return account;
        }
        throttle.requireNoWait(account.email, client);
        if (!accept(account, code)) {
            throttle.failed(account.email, client);
            throw ProblemException.badRequest("code", "is not the current code of the app");
        }
        account.totpSecret = null;
        return account;
    }

    /** An owner clears someone's two-step sign-in (a lost phone); they sign in with the password alone again. */
    @Transactional
    public StaffAccount reset(long id) {
        StaffAccount account = StaffAccount.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ProblemException.notFound("There is no staff account " + id + ".");
        }
        account.totpSecret = null;
        account.totpPendingSecret = null;
        return account;
    }

    /**
     * At sign-in, after the password matched: nothing to do without two-step sign-in; otherwise the code must
     * be a current one not used before. A missing code is answered with {@link #REQUIRED}, a wrong one with
     * {@link #INVALID} (and counted as a failure).
     */
    @Transactional
    public void requireCode(long accountId, String client, String code) {
        StaffAccount account = StaffAccount.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!account.totpEnabled()) {
            return;
        }
        if (code == null || code.isBlank()) {
            throw new ProblemException(new Problem(REQUIRED, "Unauthorized", 401,
                    "Enter the code of your authenticator app.", null, null, null));
        }
        if (!accept(account, code)) {
            throttle.failed(account.email, client);
            throw new ProblemException(new Problem(INVALID, "Unauthorized", 401,
                    "The code is wrong, expired or used already.", null, null, null));
        }
    }

    private static boolean accept(StaffAccount account, String code) {
        OptionalLong step = TotpCodes.matchingStep(account.totpSecret, code, Instant.now());
        if (step.isEmpty() || step.getAsLong() <= account.totpLastStep) {
            return false; // a replayed code, or one older than the last one used
        }
        account.totpLastStep = step.getAsLong();
        return true;
    }

    private static StaffAccount mine(String email) {
        StaffAccount account = StaffAccount.<StaffAccount>find("email", email)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Your token names no staff account of this shop."));
        return account;
    }
}
