package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import shop.dozo.cart.customer.Emails;

/** Signing in: throttled like staff sign-in, one bcrypt comparison whatever the e-mail, then a new session. */
@ApplicationScoped
public class SignIn {

    public record Session(String sessionToken, java.time.Instant expiresAt, Customer customer) {
    }

    public record Customer(String email, String fullName) {
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    Passwords passwords;

    @Inject
    CustomerSessions sessions;

    @Inject
    SignIn self;

    public Session signIn(String email, String password, String client) {
        String normalised = Emails.normalise(email);
        throttle.requireNoWait(normalised, client);
        Optional<CustomerAccount> account = CustomerAccount.findByIdOptional(normalised);
        if (!passwords.matches(password, account.map(a -> a.passwordHash).orElse(null))) {
            throttle.failed(normalised, client);
            throw AccountProblems.wrongCredentials();
        }
        // Said only to whoever knows the password: it tells nothing to someone guessing addresses.
        if (!account.get().verified()) {
            throw AccountProblems.unverified();
        }
        throttle.succeeded(normalised, client);
        return self.open(account.get());
    }

    @Transactional
    Session open(CustomerAccount account) {
        CustomerSessions.Opened opened = sessions.open(account.email);
        return new Session(opened.token(), opened.expiresAt(), new Customer(account.email, account.fullName));
    }

    /** The password of the signed-in customer, checked like a sign-in (and counted against the same budget). */
    public void requirePassword(String email, String password, String client) {
        throttle.requireNoWait(email, client);
        Optional<CustomerAccount> account = CustomerAccount.findByIdOptional(email);
        if (!passwords.matches(password, account.map(a -> a.passwordHash).orElse(null))) {
            throttle.failed(email, client);
            throw new shop.dozo.support.ProblemException(shop.dozo.api.Problem.of(403, "Wrong password",
                    "The password is wrong.").withErrors(
                            java.util.List.of(
                                    new shop.dozo.api.Problem.FieldError("password", "the password is wrong"))));
        }
        throttle.succeeded(email, client);
    }
}
