package shop.dozo.catalog.stock;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.dozo.support.TransactionRetry;

/** Service-to-service (cart-service): guarded by the internal key, never routed by the Ingress. */
@Path("/internal/reservations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {
    private static final String ID = "[A-Za-z0-9-]{8,64}";

    @Inject
    Reservations reservations;

    @PUT
    public ReservationView reserve(
            @PathParam("id") @Pattern(regexp = ID, message = "8 to 64 letters, digits or hyphens") String id,
            @Valid @NotNull ReservationRequest request) {
        // Each step is one idempotent transaction, retried whole on a deadlock or Galera certification failure.
        // Also on 1062: two first tries of one reservation id raced; the retry finds the winner and answers it.
        return TransactionRetry.call(() -> reservations.reserve(id, request.items()), TransactionRetry.sqlError(1062));
    }

    @POST
    @Path("/commit")
    public ReservationView commit(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TransactionRetry.call(() -> reservations.commit(id));
    }

    /** A committed reservation's stock back on the shelf (an order cancelled before shipping); idempotent. */
    @POST
    @Path("/return")
    public ReservationView returnCommitted(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TransactionRetry.call(() -> reservations.returnCommitted(id));
    }

    @POST
    @Path("/release")
    public ReservationView release(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TransactionRetry.call(() -> reservations.release(id));
    }
}
