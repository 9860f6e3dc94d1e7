package shop.dozo.cart.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Staff see how many mails wait, went out, and were given up (FAILED: the shopper never got them). */
@Path("/api/staff/mail/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffMailResource {

    @Inject
    OutboxStore store;

    @GET
    public OutboxStore.Counts counts() {
        return store.counts();
    }
}
