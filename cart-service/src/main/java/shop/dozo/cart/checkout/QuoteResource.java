package shop.dozo.cart.checkout;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

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

    @POST
    public Response quote(@PathParam("token") String token, @Valid @NotNull CheckoutRequest request) {
        return Response.ok(checkout.quote(token, request, Optional.empty())).header("Cache-Control", "no-store")
                .build();
    }
}
