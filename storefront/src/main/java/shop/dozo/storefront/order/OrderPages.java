package shop.dozo.storefront.order;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.security.Redirects;

/** The thank-you page after checkout, and "where is my order?" for later. */
@Path("/order")
public class OrderPages {
    private static final Logger LOG = Logger.getLogger(OrderPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(Order order);

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
        Optional<LastOrder.Key> key = lastOrder.recall(routing);
        if (key.isEmpty()) {
            return Redirects.seeOther("/order/lookup?expired=1").build();
        }
        try {
            Optional<Order> order = orders.lookup(key.get().number(), key.get().email());
            if (order.isEmpty()) {
                return Redirects.seeOther("/order/lookup?expired=1").build();
            }
            return html(200, Templates.thanks(order.get()));
        } catch (RuntimeException e) {
            LOG.warnf("Thank-you page without its order: %s", e.toString());
            Msg msg = messages.of(page.lang());
            return html(503, Templates.lookup(key.get().number(), "", null, msg.lookup_unavailable()));
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
        } catch (RuntimeException ex) {
            LOG.warnf("Order lookup failed: %s", ex.toString());
            return html(503, Templates.lookup(n, e, null, msg.lookup_unavailable()));
        }
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(page.localized(template)).build();
    }
}
