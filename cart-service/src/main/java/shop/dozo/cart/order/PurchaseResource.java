package shop.dozo.cart.order;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import shop.dozo.cart.customer.Emails;

/** For review-service (internal key required by InternalApiGuard): did this person buy this product? */
@Path("/internal/purchases/verify")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseResource {

    public record PurchaseCheck(String orderNumber, String email, String sku) {
    }

    /** Only yes or no, never whether the order exists. A cancelled order proves nothing. */
    @POST
    @Transactional
    public Map<String, Boolean> verify(PurchaseCheck check) {
        boolean verified = check != null && check.orderNumber() != null && check.email() != null && check.sku() != null
                && CustomerOrder.findByNumber(check.orderNumber())
                        .filter(order -> order.email.equals(Emails.normalise(check.email())))
                        .filter(order -> order.status != OrderStatus.CANCELLED)
                        .map(order -> order.lines.stream().anyMatch(line -> line.sku.equals(check.sku().strip())))
                        .orElse(false);
        return Map.of("verified", verified);
    }
}
