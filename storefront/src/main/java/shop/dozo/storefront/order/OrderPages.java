package shop.dozo.storefront.order;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.web.security.Redirects;

/**
 * The thank-you page after checkout with the order's secret link, the link's own page, and "where is my order?"
 * by number and e-mail for later (cart-service throttles it per shopper: 429 with Retry-After).
 */
@Path("/order")
public class OrderPages {
    private static final Logger LOG = Logger.getLogger(OrderPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(Order order, String link);

        static native TemplateInstance linked(Order order);

        static native TemplateInstance lookup(String number, String email, Order order, String notice);
    }

    @Inject
    Orders orders;

    @Inject
    LastOrder lastOrder;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    RoutingContext routing;

    @GET
    @Path("/thanks")
    @Produces(MediaType.TEXT_HTML)
    public Response thanks() {
        Optional<String> token = lastOrder.recall(routing);
        if (token.isEmpty()) {
            return Redirects.seeOther("/order/lookup?expired=1").build();
        }
        try {
            Optional<Order> order = orders.byLink(token.get());
            if (order.isEmpty()) {
                return Redirects.seeOther("/order/lookup?expired=1").build();
            }
            return html(200, Templates.thanks(order.get(), "/order/link/" + token.get()));
        } catch (RuntimeException e) {
            LOG.warnf("Thank-you page without its order: %s", e.toString());
            Msg msg = messages.of(page.lang());
            return html(503, Templates.lookup("", "", null, msg.lookup_unavailable()));
        }
    }

    /** The secret link: the order without the e-mail step. Never indexed, never cached. */
    @GET
    @Path("/link/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response link(@PathParam("token") String token) {
        Msg msg = messages.of(page.lang());
        try {
            return orders.byLink(token).map(order -> html(200, Templates.linked(order)))
                    .orElseGet(() -> html(404, Templates.lookup("", "", null, msg.link_not_found())));
        } catch (RuntimeException e) {
            LOG.warnf("Order link failed: %s", e.toString());
            return html(503, Templates.lookup("", "", null, msg.lookup_unavailable()));
        }
    }

    @GET
    @Path("/lookup")
    @Produces(MediaType.TEXT_HTML)
    public Response lookupForm(@QueryParam("expired") String expired) {
        Msg msg = messages.of(page.lang());
        return html(200, Templates.lookup("", "", null, expired == null ? null : msg.thanks_expired()));
    }

    /** A post, not a get: the email stays out of addresses, logs and browser history. */
    @POST
    @Path("/lookup")
    @Produces(MediaType.TEXT_HTML)
    public Response lookup(@RestForm String number, @RestForm String email) {
        Msg msg = messages.of(page.lang());
        String n = number == null ? "" : number.strip();
        String e = email == null ? "" : email.strip();
        if (n.isEmpty() || e.isEmpty() || n.length() > 64 || e.length() > 254) {
            return html(400, Templates.lookup(n, e, null, msg.lookup_missing()));
        }
        try {
            return orders.lookup(n, e).map(order -> html(200, Templates.lookup(n, e, order, null)))
                    .orElseGet(() -> html(404, Templates.lookup(n, e, null, msg.lookup_not_found())));
        } catch (TooManyLookups ex) {
            return Response.fromResponse(html(429, Templates.lookup(n, e, null, msg.lookup_too_many())))
                    .header(HttpHeaders.RETRY_AFTER, ex.retryAfter()).build();
        } catch (RuntimeException ex) {
            LOG.warnf("Order lookup failed: %s", ex.toString());
            return html(503, Templates.lookup(n, e, null, msg.lookup_unavailable()));
        }
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex")
                .entity(page.localized(template)).build();
    }
}
