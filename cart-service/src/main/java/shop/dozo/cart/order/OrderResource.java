package shop.dozo.cart.order;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import shop.dozo.cart.customer.Emails;
import shop.dozo.cart.lookup.LookupThrottle;
import shop.dozo.cart.lookup.OrderLinks;
import shop.dozo.cart.lookup.OrderLookup;
import shop.dozo.cart.lookup.OrderLookupConfig;
import shop.dozo.cart.payment.BankAccount;
import shop.dozo.cart.payment.PaymentConfig;
import shop.dozo.support.ProblemException;
import shop.dozo.support.client.ClientAddress;

/**
 * Shoppers find their order with its number and email. A wrong number and a wrong email get the same 404: the
 * answer never confirms that either exists. POST keeps both out of URLs and access logs; GET stays for links.
 * A few misses per address and per e-mail, then 429 with Retry-After ({@link LookupThrottle}).
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final String NOT_FOUND = "No order matches this number and email.";

    public record Lookup(@NotBlank @Size(max = 40) String orderNumber, @NotBlank @Size(max = 254) String email) {
    }

    public record Link(@NotBlank @Size(max = 64) String token) {
    }

    @Inject
    LookupThrottle throttle;

    @Inject
    OrderLookup orders;

    @Inject
    OrderLinks links;

    /**
     * Every answer after the throttle takes at least this long. A hit reads the lines and the history too, a
     * miss does not, and a malformed number reads nothing: well under a millisecond apart, yet measurable over
     * many tries. With the floor far above that work, all three take the same time as seen from outside.
     */
    @Inject
    ClientAddress clientAddress;

    @Inject
    OrderLookupConfig lookupConfig;

    @Inject
    PaymentConfig payment;

    @POST
    @Path("/lookup")
    public OrderView lookup(@Valid @NotNull Lookup lookup, @Context HttpServerRequest http) {
        return find(lookup.orderNumber(), lookup.email(), http);
    }

    @GET
    @Path("/lookup")
    public OrderView lookup(@QueryParam("number") @NotBlank String number, @QueryParam("email") @NotBlank String email,
            @Context HttpServerRequest http) {
        return find(number, email, http);
    }

    /** The secret link from the thank-you page (or the mail): the order without the e-mail step. */
    @POST
    @Path("/link")
    public OrderView link(@Valid @NotNull Link link) {
        return links.find(link.token()).map(order -> order.withBankAccount(BankAccount.of(payment.bank())))
                .orElseThrow(() -> ProblemException.notFound(
                        "This order link is not valid. Look the order up with its number and email."));
    }

    private OrderView find(String number, String email, HttpServerRequest http) {
        long started = System.nanoTime();
        String normalisedEmail = Emails.normalise(email);
        LookupThrottle.Attempt attempt = throttle.begin(clientAddress.of(http), normalisedEmail);
        try {
            OrderView order = orders.find(number, normalisedEmail)
                    .orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
            throttle.matched(attempt);
            return order.withBankAccount(BankAccount.of(payment.bank()));
        } finally {
            // Outside any transaction: the wait holds no database connection.
            waitUntil(started + lookupConfig.minTime().toNanos());
        }
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
