package shop.dozo.content.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;
import shop.dozo.support.client.ClientAddress;

/** Staff sign in here and get a signed JWT that every Dozo service accepts. */
@Path("/api/auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
    /** Compared against when the email is unknown, so both cases take as long and look the same. */
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("dozo-unknown-user", 12);

    /** {@code code}: the authenticator app's current code, for an account with two-step sign-in. */
    public record Credentials(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password, @Size(max = 20) String code) {
    }

    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    StaffTotp totp;

    @Inject
    NewTokenConfig newToken;

    @Context
    HttpServerRequest request;

    @POST
    public Token issue(@Valid @NotNull Credentials credentials) {
        String email = credentials.email().trim().toLowerCase(Locale.ROOT);
        String client = clientAddress.of(request);
        throttle.requireNoWait(email, client);
        Optional<StaffAccount> account = StaffAccount.findByEmail(email).filter(staff -> staff.active);
        // Always one bcrypt comparison, so an unknown email or a too long password takes as long as a wrong one.
        boolean matches = BcryptUtil.matches(credentials.password(),
                account.map(staff -> staff.passwordHash).orElse(UNKNOWN_USER_HASH));
        boolean valid = matches && account.isPresent() && Passwords.fitsBcrypt(credentials.password());
        if (!valid) {
            throttle.failed(email, client);
            throw new ProblemException(Problem.of(401, "Unauthorized", "The email or the password is wrong."));
        }
        totp.requireCode(account.get().id, client, credentials.code());
        throttle.succeeded(email, client);
        String token = Jwt.upn(email).subject(email).groups(account.get().roleSet())
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(newToken.lifespan()).sign();
        return new Token(token, "Bearer", newToken.lifespan());
    }
}
