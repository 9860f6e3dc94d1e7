package shop.dozo.cart.checkout;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import shop.dozo.cart.tax.OrderPricing;

/**
 * The delivery terms checkout charges by, for shops' pages to show (tax-included yen): the flat shipping fee, the
 * item total from which shipping is free, the cool-delivery surcharge, and the 47 prefectures it delivers to.
 */
@Path("/api/delivery-terms")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryTermsResource {

    public record DeliveryTerms(int flatFeeYen, int freeFromYen, int coolFeeYen, List<String> prefectures) {
    }

    @Inject
    OrderPricing.ShippingRules rules;

    @GET
    public Response terms() {
        return Response.ok(new DeliveryTerms(rules.flatFee(), rules.freeFrom(), rules.coolFee(), Prefectures.ALL))
                .header("Cache-Control", "public, max-age=60").build();
    }
}
