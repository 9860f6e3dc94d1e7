package shop.dozo.cart.cart;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import shop.dozo.support.TransactionRetry;

/**
 * Shoppers' carts. The token in the path is the only key: whoever holds it holds the cart. A change that lost an
 * InnoDB deadlock is tried again here, outside its transaction ({@link TransactionRetry}): carts of different
 * shoppers meet in the gap locks of {@code cart_line} when they change at the same moment; the victim's change was
 * rolled back whole, and a quantity change is a plain "set", so trying it again is safe.
 */
@Path("/api/carts")
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    CartService carts;

    @POST
    public Response create() {
        Cart cart = carts.create();
        return Response.created(URI.create("/api/carts/" + cart.token)).entity(carts.view(cart)).build();
    }

    @GET
    @Path("/{token}")
    public CartView view(@PathParam("token") String token) {
        return carts.view(carts.find(token));
    }

    @PUT
    @Path("/{token}/items/{sku}")
    public CartView setQuantity(@PathParam("token") String token, @PathParam("sku") String sku,
            @Valid @NotNull QuantityRequest request) {
        CartService.Changed changed = TransactionRetry.call(() -> carts.setQuantity(token, sku, request.quantity()));
        return carts.view(changed.cart(), changed.products());
    }

    @DELETE
    @Path("/{token}/items/{sku}")
    public CartView remove(@PathParam("token") String token, @PathParam("sku") String sku) {
        return carts.view(TransactionRetry.call(() -> carts.remove(token, sku)));
    }
}
