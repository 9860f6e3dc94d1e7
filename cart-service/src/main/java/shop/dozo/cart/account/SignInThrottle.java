package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.dozo.support.signin.PasswordThrottle;

/**
 * Customer sign-in's slowdown, the same rule as staff sign-in ({@link PasswordThrottle}) with its own budget
 * ({@code dozo.account.free-failures}, ...) and its own table ({@code customer_login_failure}).
 */
@ApplicationScoped
public class SignInThrottle extends PasswordThrottle {

    @Inject
    AccountConfig config;

    public SignInThrottle() {
        super("customer_login_failure", "customer");
    }

    @Override
    protected Limits limits() {
        return config;
    }
}
