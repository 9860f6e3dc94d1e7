package shop.dozo.content.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import shop.dozo.support.ProblemException;

/**
 * The rules of staff accounts: who may be added, disabled and enabled, and when a password may change. Each change
 * is one transaction. Accounts are never deleted, so the revision history keeps meaning who wrote what.
 */
@ApplicationScoped
public class StaffAccounts {
    static final int BCRYPT_COST = 12;

    @Inject
    LoginThrottle throttle;

    public List<StaffAccount> all() {
        return StaffAccount.listAll(Sort.by("id"));
    }

    @Transactional
    public StaffAccount add(String email, String password, Set<String> roles) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        if (StaffAccount.findByEmail(normalized).isPresent()) {
            throw ProblemException.conflict("There is an account for " + normalized + " already.");
        }
        Passwords.requireFitsBcrypt("password", password);
        StaffAccount account = new StaffAccount();
        account.email = normalized;
        account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        account.roles = roles.contains("owner") ? "staff,owner" : "staff";
        account.persistAndFlush();
        return account;
    }

    /** The owner disables someone else's account: it can no longer sign in, and its tokens stop working. */
    @Transactional
    public StaffAccount disable(long id, String byEmail) {
        StaffAccount account = find(id);
        if (account.email.equals(byEmail)) {
            throw ProblemException.conflict("You cannot disable your own account; another owner can.");
        }
        account.active = false;
        // Enabling again must not revive old tokens: none issued up to this second (iat has whole seconds).
        account.tokensValidFrom = StaffAccount.nowInTokenSeconds() + 1;
        return account;
    }

    @Transactional
    public StaffAccount enable(long id) {
        StaffAccount account = find(id);
        account.active = true;
        return account;
    }

    /**
     * Makes an account staff or owner. The owners' rows are locked first, so two owners taking the role from each
     * other at once cannot leave the shop with none. Its tokens stop working: they carry the old role.
     */
    @Transactional
    public StaffAccount changeRole(long id, String role) {
        List<StaffAccount> activeOwners = StaffAccount.<StaffAccount>find("active = true and roles like '%owner%'")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        StaffAccount account = find(id);
        String roles = "owner".equals(role) ? "staff,owner" : "staff";
        if (roles.equals(account.roles)) {
            return account;
        }
        if (!"owner".equals(role) && activeOwners.contains(account) && activeOwners.size() <= 1) {
            throw ProblemException.conflict("This is the shop's last active owner: make another account owner first.");
        }
        account.roles = roles;
        account.tokensValidFrom = StaffAccount.nowInTokenSeconds() + 1;
        return account;
    }

    /** The signed-in staff member's own password; tokens issued before the change stop working. */
    @Transactional
    public void changePassword(String email, String client, String currentPassword, String newPassword) {
        StaffAccount account = StaffAccount.findByEmail(email)
                .orElseThrow(() -> ProblemException.notFound("Your token names no staff account of this shop."));
        // A stolen token must not become a way to guess the password: the sign-in slowdown applies here too.
        throttle.requireNoWait(account.email, client);
        if (!BcryptUtil.matches(currentPassword, account.passwordHash) || !Passwords.fitsBcrypt(currentPassword)) {
            throttle.failed(account.email, client);
            throw ProblemException.badRequest("currentPassword", "is not your current password");
        }
        Passwords.requireFitsBcrypt("newPassword", newPassword);
        throttle.succeeded(account.email, client);
        account.passwordHash = BcryptUtil.bcryptHash(newPassword, BCRYPT_COST);
        account.tokensValidFrom = StaffAccount.nowInTokenSeconds();
    }

    private static StaffAccount find(long id) {
        StaffAccount account = StaffAccount.findById(id);
        if (account == null) {
            throw ProblemException.notFound("There is no staff account " + id + ".");
        }
        return account;
    }
}
