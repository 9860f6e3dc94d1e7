package shop.dozo.content.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.dozo.support.signin.PasswordThrottle;

/**
 * Staff sign-in's slowdown ({@link PasswordThrottle}, shared with customer sign-in in cart-service): the budget
 * is {@code dozo.auth.free-failures} per account and client and {@code dozo.auth.free-failures-per-client} per
 * client (higher: an office shares one address). Sign-ins, two-step codes and password changes
 * ({@code currentPassword}) share it. Counted in {@code login_failure}.
 */
@ApplicationScoped
public class LoginThrottle extends PasswordThrottle {

    @Inject
    LoginThrottleConfig config;

    public LoginThrottle() {
        super("login_failure", "account");
    }

    @Override
    protected Limits limits() {
        return config;
    }
}
