package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.customer.Emails;
import shop.dozo.support.TransactionRetry;

/**
 * Sign-up, verification and password reset. No answer says whether an e-mail has an account: sign-up and reset
 * requests answer the same whatever exists, and both hash a password first so they take as long either way.
 */
@ApplicationScoped
public class Accounts {

    @Inject
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AccountLinks links;

    @Inject
    CustomerSessions sessions;

    @Inject
    Customers customers;

    @Inject
    AccountConfig config;

    @Inject
    Accounts self;

    /**
     * A new or still unverified account takes this password and name and gets a fresh verification mail; a
     * verified one is left as it is (its owner signs in or resets the password). Sending the same sign-up again
     * only mails again, up to {@code links-per-hour}.
     */
    public void signUp(String email, String password, String fullName, String kana, String lang) {
        String normalised = Emails.normalise(email);
        String hash = passwords.hash(password); // outside the transaction: bcrypt is slow on purpose
        TransactionRetry.call(() -> {
            customers.ensure(normalised);
            return null;
        });
        TransactionRetry.call(() -> {
            self.write(normalised, hash, fullName, kana, lang);
            return null;
        });
    }

    @Transactional
    void write(String email, String hash, String fullName, String kana, String lang) {
        // One statement, atomic against a parallel sign-up; a verified account's columns are kept as they are.
        em.createNativeQuery("INSERT INTO customer_account (email, password_hash, full_name, full_name_kana, lang) "
                + "VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE "
                + "password_hash = IF(verified_at IS NULL, VALUES(password_hash), password_hash), "
                + "full_name = IF(verified_at IS NULL, VALUES(full_name), full_name), "
                + "full_name_kana = IF(verified_at IS NULL, VALUES(full_name_kana), full_name_kana), "
                + "lang = IF(verified_at IS NULL, VALUES(lang), lang), "
                + "updated_at = IF(verified_at IS NULL, NOW(6), updated_at)")
                .setParameter(1, email).setParameter(2, hash).setParameter(3, fullName).setParameter(4, kana)
                .setParameter(5, lang).executeUpdate();
        CustomerAccount account = em.find(CustomerAccount.class, email, LockModeType.PESSIMISTIC_WRITE);
        if (!account.verified()) {
            links.send(email, AccountLinks.Purpose.VERIFY, lang, config.verificationValidFor());
        }
    }

    /** Opening the link twice is fine (already verified); a replaced or unknown link is invalid, an old one expired. */
    @Transactional
    public String verify(String token) {
        AccountLinks.Found link = links.find(token, AccountLinks.Purpose.VERIFY)
                .orElseThrow(AccountProblems::linkInvalid);
        CustomerAccount account = em.find(CustomerAccount.class, link.email(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw AccountProblems.linkInvalid(); // the account was deleted (退会) after the mail
        }
        if (account.verified()) {
            return account.email; // a second click, or an older link of an account that is verified anyway
        }
        if (link.expired() || link.used()) {
            throw AccountProblems.linkExpired();
        }
        links.markUsed(token);
        account.verifiedAt = java.time.Instant.now();
        account.updatedAt = account.verifiedAt;
        return account.email;
    }

    /** Mails a reset link if the e-mail has an account; answers the same (nothing) if not. */
    @Transactional
    public void requestReset(String email, String lang) {
        CustomerAccount account = em.find(CustomerAccount.class, Emails.normalise(email),
                LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            links.send(account.email, AccountLinks.Purpose.RESET, lang == null ? account.lang : lang,
                    config.resetValidFor());
        }
    }

    /**
     * A new password from a reset link: every session ends (whoever had the old password is out), and the link's
     * mail proved the address, so an unverified account is verified too. A link works once.
     */
    public void confirmReset(String token, String password) {
        String hash = passwords.hash(password);
        TransactionRetry.call(() -> {
            self.resetWith(token, hash);
            return null;
        });
    }

    @Transactional
    void resetWith(String token, String hash) {
        AccountLinks.Found link = links.find(token, AccountLinks.Purpose.RESET)
                .orElseThrow(AccountProblems::linkInvalid);
        CustomerAccount account = em.find(CustomerAccount.class, link.email(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null || link.used()) {
            throw AccountProblems.linkInvalid();
        }
        if (link.expired()) {
            throw AccountProblems.linkExpired();
        }
        links.markUsed(token);
        account.passwordHash = hash;
        account.updatedAt = java.time.Instant.now();
        if (!account.verified()) {
            account.verifiedAt = account.updatedAt;
        }
        sessions.endAll(account.email);
    }
}
