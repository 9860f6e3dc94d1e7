package shop.dozo.storefront.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.cart.CartCookie;
import shop.dozo.storefront.cart.Delivery;
import shop.dozo.storefront.i18n.AccountMsg;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.order.Order;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * My Page for a signed-in customer: orders and their detail, re-order, points and their ledger, saved addresses,
 * and 退会. Every read is cart-service's answer for the session in the cookie; without one (or once it ended) the
 * shopper is sent to sign in.
 */
@Path("/mypage")
public class MyPage {
    private static final Logger LOG = Logger.getLogger(MyPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Me me, MyOrders orders, String notice);

        static native TemplateInstance order(Order order, List<Reordered.Unavailable> missing);

        static native TemplateInstance points(MyPoints points);

        static native TemplateInstance addresses(List<SavedAddress> addresses, AddressForm form,
                List<String> prefectures, String notice);

        static native TemplateInstance delete(String notice);
    }

    @Inject
    Accounts accounts;

    @Inject
    Delivery delivery;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    RoutingContext routing;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@QueryParam("page") String pageNumber, @QueryParam("notice") String notice) {
        int number = pageNumber != null && pageNumber.matches("[0-9]{1,4}") ? Integer.parseInt(pageNumber) : 0;
        return signedIn(session -> html(200, Templates.overview(accounts.me(session),
                accounts.orders(session, number), "deleted-address".equals(notice) ? acc().address_deleted()
                        : null)));
    }

    @GET
    @Path("/orders/{number}")
    @Produces(MediaType.TEXT_HTML)
    public Response order(@PathParam("number") String number) {
        return signedIn(session -> html(200, Templates.order(accounts.order(session, number), List.of())));
    }

    /** The order's products into the shopper's cart (today's prices); what cannot be bought any more is named. */
    @POST
    @Path("/orders/{number}/reorder")
    @Produces(MediaType.TEXT_HTML)
    public Response reorder(@PathParam("number") String number) {
        return signedIn(session -> {
            Reordered result = accounts.reorder(session, number, CartCookie.token(routing).orElse(null));
            if (result.cart() != null && result.cart().token() != null) {
                CartCookie.remember(routing, result.cart().token());
            }
            if (result.missing().isEmpty()) {
                return Redirects.seeOther("/cart?notice=reordered").build();
            }
            return html(200, Templates.order(accounts.order(session, number), result.missing()));
        });
    }

    @GET
    @Path("/points")
    @Produces(MediaType.TEXT_HTML)
    public Response points() {
        return signedIn(session -> html(200, Templates.points(accounts.points(session))));
    }

    @GET
    @Path("/addresses")
    @Produces(MediaType.TEXT_HTML)
    public Response addresses() {
        return signedIn(session -> html(200, Templates.addresses(accounts.addresses(session), AddressForm.blank(),
                prefectures(), null)));
    }

    @POST
    @Path("/addresses")
    @Produces(MediaType.TEXT_HTML)
    public Response addAddress(@RestForm String label, @RestForm String fullName, @RestForm String fullNameKana,
            @RestForm String postalCode, @RestForm String prefecture, @RestForm String city, @RestForm String street,
            @RestForm String phone) {
        AddressForm form = new AddressForm(label, fullName, fullNameKana, postalCode, prefecture, city, street, phone,
                Map.of());
        return signedIn(session -> {
            try {
                accounts.addAddress(session, form.toAddress());
                return Redirects.seeOther("/mypage/addresses").build();
            } catch (UpstreamProblem e) {
                if (e.problem().fieldErrors().isEmpty()) {
                    throw e;
                }
                return html(400, Templates.addresses(accounts.addresses(session),
                        form.withErrors(e.problem(), msg()), prefectures(), msg().form_has_errors()));
            }
        });
    }

    @POST
    @Path("/addresses/{id}/delete")
    public Response deleteAddress(@PathParam("id") long id) {
        return signedIn(session -> {
            accounts.deleteAddress(session, id);
            return Redirects.seeOther("/mypage/addresses").build();
        });
    }

    @GET
    @Path("/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response deleteForm() {
        return signedIn(session -> html(200, Templates.delete(null)));
    }

    /** 退会: with the password again. Orders stay in the shop's ledger (the law asks for it), the account goes. */
    @POST
    @Path("/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@RestForm String password) {
        return signedIn(session -> {
            try {
                accounts.deleteAccount(session, password == null ? "" : password);
                SessionCookie.forget(routing);
                return Redirects.seeOther("/account/deleted").build();
            } catch (UpstreamProblem e) {
                if (e.status() == 403 || e.status() == 400) {
                    return html(403, Templates.delete(acc().delete_wrong_password()));
                }
                if (e.status() == 409) {
                    return html(409, Templates.delete(acc().delete_open_orders()));
                }
                throw e;
            }
        });
    }

    /**
     * Runs a My Page action with the session: none, or one cart-service no longer accepts (401), goes to
     * sign-in; an order that is not this customer's is the friendly 404; a service down is a calm 503 page.
     */
    private Response signedIn(Function<String, Response> action) {
        var session = SessionCookie.token(routing);
        if (session.isEmpty()) {
            return Redirects.seeOther("/account/login").build();
        }
        try {
            return action.apply(session.get());
        } catch (UpstreamProblem e) {
            if (e.status() == 401) {
                SessionCookie.forget(routing);
                return Redirects.seeOther("/account/login").build();
            }
            if (e.isNotFound()) {
                throw new jakarta.ws.rs.NotFoundException();
            }
            LOG.warnf("My Page call refused: %s", e.toString());
            throw new jakarta.ws.rs.ServiceUnavailableException();
        }
    }

    private List<String> prefectures() {
        try {
            List<String> listed = delivery.terms().prefectures();
            return listed == null ? List.of() : listed;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Msg msg() {
        return messages.of(page.lang());
    }

    private AccountMsg acc() {
        return messages.account(page.lang());
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex")
                .entity(page.localized(template)).build();
    }
}
