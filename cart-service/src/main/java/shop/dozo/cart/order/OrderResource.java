package shop.dozo.cart.order;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import shop.dozo.support.ProblemException;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    public record PurchaseCheck(String orderNumber, String email, String sku) {
    }

    /** A shopper finds an order with its number and email; a wrong pair reveals nothing about either. */
    @GET
    @Path("api/orders/lookup")
    @Transactional
    public OrderView lookup(@QueryParam("number") @NotBlank String number, @QueryParam("email") @NotBlank String email) {
        return CustomerOrder.findByNumber(number.trim().toUpperCase(Locale.ROOT))
                .filter(order -> order.email.equals(email.trim().toLowerCase(Locale.ROOT)))
                .map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("No order matches this number and email."));
    }

    /** For review-service: did this person buy this product? Only yes or no, never whether the order exists. */
    @POST
    @Path("internal/purchases/verify")
    @Transactional
    public Map<String, Boolean> verify(PurchaseCheck check) {
        boolean verified = check != null && check.orderNumber() != null && check.email() != null && check.sku() != null
                && CustomerOrder.findByNumber(check.orderNumber().trim().toUpperCase(Locale.ROOT))
                        .filter(order -> order.email.equals(check.email().trim().toLowerCase(Locale.ROOT)))
                        .filter(order -> !order.status.equals("CANCELLED"))
                        .map(order -> order.lines.stream().anyMatch(line -> line.sku.equals(check.sku())))
                        .orElse(false);
        return Map.of("verified", verified);
    }
}
