package shop.dozo.storefront.cart;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.api.DozoHeaders;
import shop.dozo.storefront.checkout.CheckoutRequest;
import shop.dozo.storefront.checkout.Quote;
import shop.dozo.storefront.order.Order;
import shop.dozo.web.upstream.UpstreamErrors;

/**
 * cart-service's public API: priced carts behind opaque tokens, delivery terms, checkout with an Idempotency-Key,
 * quote, order lookup. A signed-in shopper's calls carry their session (null for a guest: no header is sent).
 */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@Path("/api")
interface CartClient {

    @POST
    @Path("/carts")
    CartView create();

    @GET
    @Path("/carts/{token}")
    CartView cart(@PathParam("token") String token);

    @PUT
    @Path("/carts/{token}/items/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    CartView setQuantity(@PathParam("token") String token, @PathParam("sku") String sku, QuantityRequest quantity);

    @DELETE
    @Path("/carts/{token}/items/{sku}")
    CartView remove(@PathParam("token") String token, @PathParam("sku") String sku);

    @POST
    @Path("/carts/{token}/checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    Order checkout(@PathParam("token") String token, @HeaderParam(DozoHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session, CheckoutRequest request);

    /** The confirmation step's figures: checked exactly as checkout checks them, nothing reserved or written. */
    @POST
    @Path("/carts/{token}/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    Quote quote(@PathParam("token") String token, @HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            CheckoutRequest request);

    @GET
    @Path("/delivery-terms")
    DeliveryTerms deliveryTerms();

    @GET
    @Path("/orders/lookup")
    Order lookup(@QueryParam("number") String number, @QueryParam("email") String email);
}
