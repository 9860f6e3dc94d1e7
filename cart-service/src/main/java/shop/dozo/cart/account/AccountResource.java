package shop.dozo.cart.account;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import shop.dozo.support.ProblemException;
import shop.dozo.support.TransactionRetry;

/**
 * Sign-up with e-mail verification and password reset. Sign-up and reset requests answer 202 whether or not the
 * e-mail has an account; the mail (through the outbox) is the only answer that differs, and it goes to the
 * address's owner.
 */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    private static final String EMAIL_SHAPE = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public record SignUp(
            @NotBlank @Email @Pattern(regexp = EMAIL_SHAPE, message = "an address like hanako@example.jp")
            @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password,
            @NotBlank @Size(max = 100) String fullName,
            @NotBlank @Size(max = 100) String fullNameKana,
            @Pattern(regexp = "ja|en", message = "ja or en") String lang) {
    }

    public record Token(@NotBlank @Size(max = 100) String token) {
    }

    public record ResetRequest(
            @NotBlank @Email @Pattern(regexp = EMAIL_SHAPE, message = "an address like hanako@example.jp")
            @Size(max = 254) String email,
            @Pattern(regexp = "ja|en", message = "ja or en") String lang) {
    }

    public record NewPassword(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String password) {
    }

    @Inject
    Accounts accounts;

    /** 202 {@code {status: "pending"}}: if the e-mail can sign up, a verification mail is on its way. */
    @POST
    public Response signUp(@Valid @NotNull SignUp body) {
        Passwords.requireGoodNew("password", body.password());
        String kana = Kana.normalise(body.fullNameKana()).orElseThrow(() -> ProblemException.badRequest(
                "fullNameKana", "katakana or hiragana only, e.g. ヤマダ ハナコ"));
        accounts.signUp(body.email(), body.password(), body.fullName().strip(), kana, lang(body.lang()));
        return Response.accepted(Map.of("status", "pending")).build();
    }

    /** 200 {@code {email, verified: true}}; 400 of type link-invalid or link-expired. */
    @POST
    @Path("/verify")
    public Map<String, Object> verify(@Valid @NotNull Token body) {
        String email = TransactionRetry.call(() -> accounts.verify(body.token()));
        return Map.of("email", email, "verified", true);
    }

    /** 202 whatever the e-mail: if it has an account, a reset mail (valid one hour) is on its way. */
    @POST
    @Path("/password-reset")
    public Response requestReset(@Valid @NotNull ResetRequest body) {
        TransactionRetry.call(() -> {
            accounts.requestReset(body.email(), body.lang());
            return null;
        });
        return Response.accepted(Map.of("status", "pending")).build();
    }

    /** 200 {@code {status: "changed"}}: the new password counts and every session has ended. */
    @POST
    @Path("/password-reset/confirm")
    public Map<String, String> confirmReset(@Valid @NotNull NewPassword body) {
        Passwords.requireGoodNew("password", body.password());
        accounts.confirmReset(body.token(), body.password());
        return Map.of("status", "changed");
    }

    private static String lang(String lang) {
        return lang == null ? "ja" : lang;
    }
}
