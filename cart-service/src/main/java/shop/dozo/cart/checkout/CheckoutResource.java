package shop.dozo.cart.checkout;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import shop.dozo.api.DozoHeaders;
import shop.dozo.cart.account.CustomerSessions;
import shop.dozo.cart.lookup.OrderLinks;
import shop.dozo.cart.order.OrderView;
import shop.dozo.cart.payment.BankAccount;
import shop.dozo.cart.payment.PaymentConfig;
import shop.dozo.support.ProblemException;

@Path("/api/carts/{token}/checkout")
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {
    private static final String KEY = "[A-Za-z0-9_-]{8,100}";

    @Inject
    CheckoutService checkout;

    @Inject
    OrderLinks links;

    @Inject
    PaymentConfig payment;

    @Inject
    CustomerSessions sessions;

    /**
     * 201 with the order; the same Idempotency-Key with the same request again answers 200 with the same order,
     * with a different request 422. Make one key per order attempt (a UUID) and reuse it for every retry.
     * A second checkout of the same cart with another key is 409, naming the first order in {@code current}.
     * {@code lookupToken} is the order's secret link (each answer mints one; it is stored only as a hash).
     * With a customer session the order is the signed-in customer's (their e-mail, whatever the body says) and
     * may spend points; a session header that no longer counts is 401, never a silent guest checkout.
     */
    @POST
    public Response checkout(@PathParam("token") String token, @HeaderParam(DozoHeaders.IDEMPOTENCY_KEY) String key,
            @HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session, @Valid @NotNull CheckoutRequest request) {
        if (key == null || !key.matches(KEY)) {
            throw ProblemException.badRequest("Idempotency-Key",
                    "send a header Idempotency-Key of 8 to 100 letters, digits, '-' or '_', new for each order");
        }
        Optional<String> customer = session == null ? Optional.empty() : Optional.of(sessions.require(session));
        CheckoutService.Result result = checkout.checkout(token, key, request, customer);
        String lookupToken = result.lookupToken() != null ? result.lookupToken() : links.mint(result.order().id);
        OrderView view = OrderView.of(result.order()).withLookupToken(lookupToken)
                .withBankAccount(BankAccount.of(payment.bank()));
        return (result.replayed() ? Response.ok(view) : Response.status(Response.Status.CREATED).entity(view)).build();
    }
}
