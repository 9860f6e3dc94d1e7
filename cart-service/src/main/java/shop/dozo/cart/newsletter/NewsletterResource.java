package shop.dozo.cart.newsletter;

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
import shop.dozo.support.TransactionRetry;

/** Newsletter sign-up (double opt-in), its confirmation link, and the unsubscribe link in every newsletter. */
@Path("/api/newsletter")
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    /** @param wording the exact text shown next to the sign-up, stored with the consent */
    public record SignUp(@NotBlank @Email @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "an address like hanako@example.jp")
    @Size(max = 254) String email, @NotBlank @Size(max = 500) String wording,
            @Pattern(regexp = "ja|en", message = "ja or en") String lang) {
    }

    public record Token(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_-]+",
            message = "the token from the link") String token) {
    }

    @Inject
    Newsletter newsletter;

    /** 202 whatever the address: the confirmation mail is on its way, or it is subscribed already. */
    @POST
    public Response signUp(@Valid @NotNull SignUp signUp) {
        // Parallel sign-ups of one address deadlock on its row now and then; the loser's transaction was rolled
        // back whole, so it is tried again (TransactionRetry) instead of answering 503.
        TransactionRetry.call(() -> {
            newsletter.request(signUp.email(), signUp.wording(), signUp.lang(), "form");
            return null;
        });
        return Response.accepted(Map.of("status", "confirmation-sent")).build();
    }

    @POST
    @Path("/confirm")
    public Map<String, String> confirm(@Valid @NotNull Token token) {
        newsletter.confirm(token.token());
        return Map.of("status", "confirmed");
    }

    @POST
    @Path("/unsubscribe")
    public Map<String, String> unsubscribe(@Valid @NotNull Token token) {
        newsletter.unsubscribe(token.token());
        return Map.of("status", "unsubscribed");
    }
}
