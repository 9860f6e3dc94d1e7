package shop.dozo.cart.order;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** For review-service (internal key required by InternalApiGuard): did this person buy this product? */
@Path("/internal/purchases/verify")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseResource {

    public record PurchaseCheck(String orderNumber, String email, String sku) {
    }

    @Inject
    Purchases purchases;

    /** Only yes or no, never whether the order exists. A cancelled order proves nothing. */
    @POST
    public Map<String, Boolean> verify(PurchaseCheck check) {
        boolean verified = check != null && purchases.verify(check.orderNumber(), check.email(), check.sku());
        return Map.of("verified", verified);
    }
}
