package shop.dozo.storefront.checkout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.cart.CartCookie;
import shop.dozo.storefront.cart.CartNotice;
import shop.dozo.storefront.cart.CartView;
import shop.dozo.storefront.cart.Carts;
import shop.dozo.storefront.cart.Checkout;
import shop.dozo.storefront.cart.Delivery;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.order.LastOrder;
import shop.dozo.storefront.order.Order;
import shop.dozo.storefront.security.Signer;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Checkout on one page: delivery address, email, payment method, points, and the order summary beside it.
 * cart-service prices the order afresh and reserves the stock; the Idempotency-Key from the form makes a
 * double click or a retry after a timeout the same single order.
 */
@Path("/checkout")
public class CheckoutPage {
    private static final Logger LOG = Logger.getLogger(CheckoutPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkout(CartView cart, CheckoutForm form, List<String> prefectures,
                String notice);
    }

    @Inject
    Carts carts;

    @Inject
    Checkout checkout;

    @Inject
    Delivery delivery;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    LastOrder lastOrder;

    @Inject
    RoutingContext routing;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        CartView cart = currentCart();
        if (cart == null) {
            return backToCart(CartNotice.LOST);
        }
        if (!cart.checkoutReady()) {
            return backToCart(null);
        }
        return render(200, cart, CheckoutForm.blank(Signer.randomToken()), null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response placeOrder(@RestForm String fullName, @RestForm String email, @RestForm String postalCode,
            @RestForm String prefecture, @RestForm String city, @RestForm String street, @RestForm String phone,
            @RestForm String paymentMethod, @RestForm String usePoints, @RestForm String idempotencyKey) {
        String key = idempotencyKey != null && idempotencyKey.matches(CheckoutForm.KEY_PATTERN) ? idempotencyKey
                : Signer.randomToken();
        CheckoutForm form =
                new CheckoutForm(fullName, email, postalCode, prefecture, city, street, phone, paymentMethod,
                        usePoints, key, Map.of());
        Msg msg = messages.of(page.lang());
        CartView cart = currentCart();
        if (cart == null) {
            return backToCart(CartNotice.LOST);
        }
        if (CartCookie.token(routing).isEmpty()) {
            return backToCart(null);
        }
        // Nothing is checked here: cart-service checks and normalises every field and names all mistakes at once.
        // An empty cart is not refused here either: after a double click the first press emptied it, and
        // cart-service answers the second (same key) with the order the first one made.
        try {
            Order order = checkout.placeOrder(CartCookie.token(routing).get(), key, form.toRequest());
            lastOrder.remember(routing, order);
            return Redirects.seeOther("/order/thanks").header("Cache-Control", "no-store").build();
        } catch (UpstreamProblem e) {
            return refused(e, cart, form, msg);
        } catch (RuntimeException e) {
            // Unknown outcome (timeout, service down): the same key makes the next press safe.
            LOG.warnf("Checkout failed: %s", e.toString());
            return render(503, cart, form, msg.checkout_unavailable());
        }
    }

    private Response refused(UpstreamProblem e, CartView cart, CheckoutForm form, Msg msg) {
        if (e.isNotFound()) {
            CartCookie.forget(routing);
            return backToCart(CartNotice.LOST);
        }
        if (!e.problem().fieldErrors().isEmpty()) {
            return render(400, cart, form.withErrors(CheckoutForm.fromProblem(e.problem(), msg)),
                    msg.form_has_errors());
        }
        if (e.status() == 409) {
            return render(409, cart, form, msg.checkout_stock());
        }
        if (e.status() == 422 && cart.isEmpty()) {
            return backToCart(null);
        }
        if (e.status() != 422) {
            return render(503, cart, form, msg.checkout_unavailable());
        }
        // 422 without fields: this key already placed an order with other details (the first press may have
        // worked). Say so; a new key makes the next press a new, deliberate order.
        return render(409, cart, new CheckoutForm(form.fullName(), form.email(), form.postalCode(), form.prefecture(),
                form.city(), form.street(), form.phone(), form.paymentMethod(), form.usePoints(), Signer.randomToken(),
                Map.of()), msg.checkout_key_reused());
    }

    /** The cart to check out, or null when its cookie is damaged or cart-service does not know it. */
    private CartView currentCart() {
        if (CartCookie.state(routing) == CartCookie.State.DAMAGED) {
            CartCookie.forget(routing);
            return null;
        }
        if (CartCookie.token(routing).isEmpty()) {
            return CartView.empty();
        }
        try {
            return carts.get(CartCookie.token(routing).get());
        } catch (UpstreamProblem e) {
            if (e.isNotFound()) {
                CartCookie.forget(routing);
                return null;
            }
            throw e;
        }
    }

    private Response render(int status, CartView cart, CheckoutForm form, String notice) {
        List<String> prefectures = prefectures();
        // No list to choose from: the form cannot be filled in, so say checkout is away for now.
        boolean away = prefectures.isEmpty();
        TemplateInstance html = page.localized(Templates.checkout(cart, form, prefectures,
                away ? messages.of(page.lang()).checkout_unavailable() : notice));
        return Response.status(away ? 503 : status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(html).build();
    }

    private List<String> prefectures() {
        try {
            List<String> listed = delivery.terms().prefectures();
            return listed == null ? List.of() : listed;
        } catch (RuntimeException e) {
            LOG.warnf("Delivery terms not read: %s", e.toString());
            return List.of();
        }
    }

    private static Response backToCart(CartNotice notice) {
        return Redirects.seeOther(notice == null ? "/cart" : "/cart?notice=" + notice.code()).build();
    }
}
