package shop.dozo.cart.order;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.dozo.cart.customer.Emails;
import shop.dozo.support.ProblemException;

/**
 * Shoppers find their order with its number and email. A wrong number and a wrong email get the same 404: the
 * answer never confirms that either exists. POST keeps both out of URLs and access logs; GET stays for links.
 */
@Path("/api/orders/lookup")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    public record Lookup(@NotBlank @Size(max = 40) String orderNumber, @NotBlank @Size(max = 254) String email) {
    }

    @POST
    @Transactional
    public OrderView lookup(@Valid @NotNull Lookup lookup) {
        return find(lookup.orderNumber(), lookup.email());
    }

    @GET
    @Transactional
    public OrderView lookup(@QueryParam("number") @NotBlank String number, @QueryParam("email") @NotBlank String email) {
        return find(number, email);
    }

    private static OrderView find(String number, String email) {
        return CustomerOrder.findByNumber(number)
                .filter(order -> order.email.equals(Emails.normalise(email)))
                .map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("No order matches this number and email."));
    }
}
