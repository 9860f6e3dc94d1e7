package shop.dozo.storefront.order;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.RelayedAddressHeaders;
import shop.dozo.web.upstream.UpstreamErrors;

/**
 * cart-service's order lookups, for {@link Orders} only. The number and e-mail travel in a POST body, never in a
 * URL (access logs); {@link RelayedAddressHeaders} relays the shopper's address, so cart-service throttles per shopper,
 * not per storefront.
 */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(RelayedAddressHeaders.class)
@Path("/api/orders")
@Consumes(MediaType.APPLICATION_JSON)
interface OrderClient {

    @POST
    @Path("/lookup")
    Order lookup(Map<String, String> numberAndEmail);

    @POST
    @Path("/link")
    Order link(Map<String, String> token);
}
