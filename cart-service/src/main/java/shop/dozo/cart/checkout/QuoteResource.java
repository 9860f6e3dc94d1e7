package shop.dozo.cart.checkout;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import shop.dozo.api.DozoHeaders;
import shop.dozo.cart.account.CustomerSessions;

/**
 * The confirmation step: the checkout body (no Idempotency-Key), checked exactly as checkout checks it, answered
 * with what the order would be ({@link Quote}). Nothing is reserved or written; prices can still change until
 * the order is placed, and checkout prices afresh.
 */
@Path("/api/carts/{token}/quote")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    @Inject
    CheckoutService checkout;

    @Inject
    CustomerSessions sessions;

    /** With a customer session the quote may spend that customer's points, as their checkout would. */
    @POST
    public Response quote(@PathParam("token") String token,
            @HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session, @Valid @NotNull CheckoutRequest request) {
        Optional<String> customer = session == null ? Optional.empty() : Optional.of(sessions.require(session));
        return Response.ok(checkout.quote(token, request, customer)).header("Cache-Control", "no-store").build();
    }
}
