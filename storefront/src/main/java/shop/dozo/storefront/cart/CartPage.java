package shop.dozo.storefront.cart;

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
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The cart: see what is in it, change a quantity, remove a line, see the totals with shipping and the tax per
 * rate. Every change is a plain form post answered by a redirect (works without JavaScript; reloading never
 * repeats it); a refused change leaves the cart as it was and says why.
 */
@Path("/cart")
public class CartPage {
    private static final Logger LOG = Logger.getLogger(CartPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cart(CartView cart, String notice, boolean noticeError);
    }

    @Inject
    Carts carts;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    RoutingContext routing;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("notice") String notice, @QueryParam("sku") String sku,
            @QueryParam("left") String left) {
        CartNotice asked = CartNotice.parse(notice).orElse(null);
        try {
            Loaded loaded = load();
            if (loaded.lost()) {
                asked = CartNotice.LOST;
            }
            String detail = asked == CartNotice.ADDED ? nameOf(loaded.cart(), sku) : digitsOrNull(left);
            return render(200, loaded.cart(), asked, detail);
        } catch (UpstreamProblem e) {
            return render(503, CartView.empty(), CartNotice.UNAVAILABLE, null);
        } catch (RuntimeException e) {
            LOG.warnf("Cart not shown: %s", e.toString());
            return render(503, CartView.empty(), CartNotice.UNAVAILABLE, null);
        }
    }

    /** From a product page: adds to what is already in the cart (a second click adds one more, as expected). */
    @POST
    @Path("/add")
    @Produces(MediaType.TEXT_HTML)
    public Response add(@RestForm String sku, @RestForm String quantity) {
        String productHref = sku != null && sku.matches("[A-Za-z0-9._-]{1,64}") ? "/product/" + sku : "/cart";
        OptionalInt wanted = Quantity.parse(quantity);
        if (wanted.isEmpty()) {
            return redirect(productHref + "?cart=" + CartNotice.BAD_QUANTITY.code());
        }
        if (CartCookie.state(routing) == CartCookie.State.DAMAGED) {
            CartCookie.forget(routing);
            return redirect("/cart?notice=" + CartNotice.LOST.code());
        }
        try {
            CartView cart;
            if (CartCookie.token(routing).isPresent()) {
                cart = carts.get(CartCookie.token(routing).get());
            } else {
                cart = carts.create();
                CartCookie.remember(routing, cart.token());
            }
            int already = cart.lines().stream().filter(line -> line.sku().equals(sku)).mapToInt(CartView.Line::quantity)
                    .sum();
            carts.setQuantity(cart.token(), sku, Math.min(Quantity.MAX, already + wanted.getAsInt()));
            return redirect("/cart?notice=" + CartNotice.ADDED.code() + "&sku="
                    + java.net.URLEncoder.encode(sku, java.nio.charset.StandardCharsets.UTF_8));
        } catch (UpstreamProblem e) {
            CartNotice.Refusal refusal = CartNotice.refusal(e);
            if (refusal.notice() == CartNotice.LOST) {
                CartCookie.forget(routing);
                return redirect("/cart?notice=" + CartNotice.LOST.code());
            }
            return redirect(productHref + "?cart=" + refusal.notice().code()
                    + (refusal.detail() == null ? "" : "&left=" + refusal.detail()));
        } catch (RuntimeException e) {
            LOG.warnf("Add to cart failed: %s", e.toString());
            return redirect(productHref + "?cart=" + CartNotice.UNAVAILABLE.code());
        }
    }

    @POST
    @Path("/update")
    @Produces(MediaType.TEXT_HTML)
    public Response update(@RestForm String sku, @RestForm String quantity) {
        OptionalInt wanted = Quantity.parse(quantity);
        if (wanted.isEmpty()) {
            return refuse(CartNotice.BAD_QUANTITY, null);
        }
        return change(CartNotice.UPDATED, token -> carts.setQuantity(token, sku, wanted.getAsInt()));
    }

    @POST
    @Path("/remove")
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@RestForm String sku) {
        return change(CartNotice.REMOVED, token -> carts.remove(token, sku));
    }

    private Response change(CartNotice done, java.util.function.Consumer<String> action) {
        if (CartCookie.state(routing) != CartCookie.State.PRESENT) {
            CartCookie.forget(routing);
            return redirect("/cart?notice=" + CartNotice.LOST.code());
        }
        try {
            action.accept(CartCookie.token(routing).get());
            return redirect("/cart?notice=" + done.code());
        } catch (UpstreamProblem e) {
            CartNotice.Refusal refusal = CartNotice.refusal(e);
            if (refusal.notice() == CartNotice.LOST) {
                CartCookie.forget(routing);
                return redirect("/cart?notice=" + CartNotice.LOST.code());
            }
            return refuse(refusal.notice(), refusal.detail());
        } catch (RuntimeException e) {
            LOG.warnf("Cart change failed: %s", e.toString());
            return refuse(CartNotice.UNAVAILABLE, null);
        }
    }

    /** The cart as it is (unchanged), with the reason the change was refused. */
    private Response refuse(CartNotice why, String detail) {
        int status = why == CartNotice.UNAVAILABLE ? 503 : why == CartNotice.BAD_QUANTITY ? 400 : 409;
        try {
            Loaded loaded = load();
            return render(status, loaded.cart(), loaded.lost() ? CartNotice.LOST : why, detail);
        } catch (RuntimeException e) {
            return render(503, CartView.empty(), CartNotice.UNAVAILABLE, null);
        }
    }

    private record Loaded(CartView cart, boolean lost) {
    }

    private Loaded load() {
        switch (CartCookie.state(routing)) {
            case NONE :
                return new Loaded(CartView.empty(), false);
            case DAMAGED :
                CartCookie.forget(routing);
                return new Loaded(CartView.empty(), true);
            default :
                try {
                    return new Loaded(carts.get(CartCookie.token(routing).get()), false);
                } catch (UpstreamProblem e) {
                    if (e.isNotFound()) {
                        CartCookie.forget(routing);
                        return new Loaded(CartView.empty(), true);
                    }
                    throw e;
                }
        }
    }

    private Response render(int status, CartView cart, CartNotice notice, String detail) {
        Msg msg = messages.of(page.lang());
        String text = notice == null ? null : notice.text(msg, detail);
        TemplateInstance html = page.localized(Templates.cart(cart, text, notice != null && notice.error));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(html).build();
    }

    private String nameOf(CartView cart, String sku) {
        return cart.lines().stream().filter(line -> line.sku().equals(sku)).findFirst()
                .map(line -> shop.dozo.storefront.i18n.LocalizedNames.pick(page.lang().locale,
                        line.name() == null ? line.sku() : line.name(), line.nameEn()))
                .orElse("");
    }

    private static String digitsOrNull(String text) {
        return text != null && text.matches("[0-9]{1,5}") ? text : null;
    }

    private static Response redirect(String location) {
        return Redirects.seeOther(location).header("Cache-Control", "no-store").build();
    }
}
