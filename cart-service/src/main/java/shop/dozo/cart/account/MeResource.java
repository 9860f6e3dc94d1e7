package shop.dozo.cart.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import shop.dozo.api.DozoHeaders;
import shop.dozo.cart.order.OrderView;
import shop.dozo.support.TransactionRetry;
import shop.dozo.support.client.ClientAddress;

/**
 * My Page: the signed-in customer's own account, orders and points. Every call needs the session in
 * {@code X-Dozo-Customer-Session} (401 of type session-invalid otherwise); a staff token is no session.
 */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CustomerSessions sessions;

    @Inject
    MyPage myPage;

    /** {@code {email, fullName, fullNameKana, pointsBalance, pendingPoints, newsletter}} */
    @GET
    public MyPage.Me me(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session) {
        return myPage.me(sessions.require(session));
    }

    /** {@code {items[{orderNumber, status, createdAt, paymentMethod, totalYen, amountDueYen, pointsUsed,
     * pointsEarned, itemCount}], total, page, size}}, newest first, 20 a page from page 0. */
    @GET
    @Path("/orders")
    public MyPage.OrderPage orders(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page) {
        return myPage.orders(sessions.require(session), page);
    }

    /** The order as the shopper's order lookup answers it. */
    @GET
    @Path("/orders/{number}")
    public OrderView order(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @PathParam("number") String number) {
        return myPage.order(sessions.require(session), number);
    }

    public record Password(@NotBlank @Size(max = 200) String password) {
    }

    public record ReorderRequest(@Size(max = 100) String cartToken) {
    }

    @Inject
    SavedAddresses addresses;

    @Inject
    Reorder reorder;

    @Inject
    SignIn signIn;

    @Inject
    Withdrawal withdrawal;

    @Inject
    ClientAddress clientAddress;

    /** {@code {balance, pending, ledger[{reason, delta, orderNumber, campaign, createdAt}]}}, oldest first. */
    @GET
    @Path("/points")
    public MyPage.PointsView points(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session) {
        return myPage.points(sessions.require(session));
    }

    /** {@code [{id, label, fullName, fullNameKana, postalCode, prefecture, city, street, phone}]} */
    @GET
    @Path("/addresses")
    public List<SavedAddresses.View> addresses(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session) {
        return addresses.list(sessions.require(session));
    }

    /** 201 with the saved address; the same address again 200 with the one already saved. */
    @POST
    @Path("/addresses")
    public Response addAddress(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @Valid @NotNull SavedAddresses.Request body) {
        String email = sessions.require(session);
        SavedAddresses.Saved saved = TransactionRetry.call(() -> addresses.add(email, body));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.address()).build();
    }

    @PUT
    @Path("/addresses/{id}")
    public SavedAddresses.View replaceAddress(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @PathParam("id") long id, @Valid @NotNull SavedAddresses.Request body) {
        String email = sessions.require(session);
        return TransactionRetry.call(() -> addresses.replace(email, id, body));
    }

    /** 204, also for an address already deleted. */
    @DELETE
    @Path("/addresses/{id}")
    public Response deleteAddress(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @PathParam("id") long id) {
        String email = sessions.require(session);
        TransactionRetry.call(() -> {
            addresses.delete(email, id);
            return null;
        });
        return Response.noContent().build();
    }

    /**
     * The order's products into the cart {@code cartToken} (none: a new cart), at today's prices:
     * {@code {cart, unavailable[{sku, name, reason: "not for sale"|"sold out"}]}}.
     */
    @POST
    @Path("/orders/{number}/reorder")
    public Reorder.Result reorder(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @PathParam("number") String number, @Valid ReorderRequest body) {
        String email = sessions.require(session);
        return reorder.reorder(email, number, body == null ? null : body.cartToken());
    }

    /** 退会 with the password: 204; 403 (field password) wrong password; 409 while an order is not shipped yet. */
    @DELETE
    public Response withdraw(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session,
            @Valid @NotNull Password body, @Context HttpServerRequest http) {
        String email = sessions.require(session);
        signIn.requirePassword(email, body.password(), clientAddress.of(http));
        TransactionRetry.call(() -> {
            withdrawal.withdraw(email);
            return null;
        });
        return Response.noContent().build();
    }
}
