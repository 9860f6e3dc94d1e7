package shop.dozo.storefront.account;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.api.DozoHeaders;
import shop.dozo.storefront.order.Order;
import shop.dozo.web.upstream.RelayedAddressHeaders;
import shop.dozo.web.upstream.UpstreamErrors;

/**
 * cart-service's customer accounts (it owns customer identity): sign-up and its verification link, sessions,
 * password reset, and My Page. The shopper's address is relayed so sign-in is throttled per shopper, not per
 * storefront.
 */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(RelayedAddressHeaders.class)
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
interface AccountClient {
    String SESSION = DozoHeaders.CUSTOMER_SESSION;

    @POST
    @Path("/accounts")
    void signUp(Map<String, String> body);

    @POST
    @Path("/accounts/verify")
    void verify(Map<String, String> token);

    @POST
    @Path("/accounts/password-reset")
    void requestReset(Map<String, String> emailAndLang);

    @POST
    @Path("/accounts/password-reset/confirm")
    void confirmReset(Map<String, String> tokenAndPassword);

    @POST
    @Path("/sessions")
    CustomerSession signIn(Map<String, String> credentials);

    @DELETE
    @Path("/sessions/current")
    void signOut(@HeaderParam(SESSION) String session);

    @GET
    @Path("/me")
    Me me(@HeaderParam(SESSION) String session);

    @GET
    @Path("/me/orders")
    MyOrders orders(@HeaderParam(SESSION) String session, @QueryParam("page") int page);

    @GET
    @Path("/me/orders/{number}")
    Order order(@HeaderParam(SESSION) String session, @PathParam("number") String number);

    @POST
    @Path("/me/orders/{number}/reorder")
    Reordered reorder(@HeaderParam(SESSION) String session, @PathParam("number") String number,
            Map<String, String> cartToken);

    @GET
    @Path("/me/points")
    MyPoints points(@HeaderParam(SESSION) String session);

    @GET
    @Path("/me/addresses")
    List<SavedAddress> addresses(@HeaderParam(SESSION) String session);

    @POST
    @Path("/me/addresses")
    SavedAddress addAddress(@HeaderParam(SESSION) String session, SavedAddress address);

    @PUT
    @Path("/me/addresses/{id}")
    SavedAddress updateAddress(@HeaderParam(SESSION) String session, @PathParam("id") long id,
            SavedAddress address);

    @DELETE
    @Path("/me/addresses/{id}")
    void deleteAddress(@HeaderParam(SESSION) String session, @PathParam("id") long id);

    @DELETE
    @Path("/me")
    void deleteAccount(@HeaderParam(SESSION) String session, Map<String, String> password);
}
