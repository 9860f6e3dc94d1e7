package shop.dozo.storefront.checkout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import shop.dozo.storefront.account.SessionCookie;
import shop.dozo.storefront.cart.CartCookie;
import shop.dozo.storefront.cart.CartNotice;
import shop.dozo.storefront.cart.CartView;
import shop.dozo.storefront.cart.Carts;
import shop.dozo.storefront.cart.Checkout;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.order.LastOrder;
import shop.dozo.storefront.order.Order;
import shop.dozo.storefront.security.Signer;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Checkout in two steps: the form (address, フリガナ, delivery date and slot, payment, consent, newsletter), then the
 * confirmation step (特定商取引法 §12-6) showing cart-service's quote, whose 「注文を確定する」 places the order and whose
 * 「戻る」 brings the form back as it was. cart-service prices and checks everything; the Idempotency-Key made with
 * the form makes a double click or a retry after a timeout the same single order.
 */
@Path("/checkout")
public class CheckoutPage {
    private static final Logger LOG = Logger.getLogger(CheckoutPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkout(CartView cart, CheckoutForm form, CheckoutChoices choices,
                String notice);

        static native TemplateInstance confirm(CheckoutForm form, Quote quote, CheckoutChoices choices);
    }

    @Inject
    Carts carts;

    @Inject
    Checkout checkout;

    @Inject
    CheckoutSupport support;

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
        CheckoutForm blank = CheckoutForm.blank(Signer.randomToken());
        return renderForm(200, cart, support.prefilled(blank, session()), null);
    }

    /** 「戻る」 on the confirmation step: the form again, everything kept, the same key. */
    @POST
    @Path("/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@BeanParam CheckoutFields fields) {
        CartView cart = currentCart();
        if (cart == null) {
            return backToCart(CartNotice.LOST);
        }
        return renderForm(200, cart, CheckoutForm.of(fields, Signer.randomToken()), null);
    }

    /** The confirmation step: cart-service's quote of exactly this form; nothing is reserved yet. */
    @POST
    @Path("/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@BeanParam CheckoutFields fields) {
        CheckoutForm form = CheckoutForm.of(fields, Signer.randomToken());
        Msg msg = messages.of(page.lang());
        CartView cart = currentCart();
        if (cart == null || CartCookie.token(routing).isEmpty()) {
            return backToCart(cart == null ? CartNotice.LOST : null);
        }
        try {
            Quote quote = checkout.quote(CartCookie.token(routing).get(), session().orElse(null),
                    form.toRequest(session().isPresent(), msg, page.lang()));
            return html(200, Templates.confirm(form, quote, support.choices(session())));
        } catch (UpstreamProblem e) {
            return refused(e, cart, form, msg);
        } catch (RuntimeException e) {
            LOG.warnf("Quote failed: %s", e.toString());
            return renderForm(503, cart, form, msg.checkout_unavailable());
        }
    }

    /** 「注文を確定する」 on the confirmation step. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response placeOrder(@BeanParam CheckoutFields fields) {
        CheckoutForm form = CheckoutForm.of(fields, Signer.randomToken());
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
            Order order = checkout.placeOrder(CartCookie.token(routing).get(), form.idempotencyKey(),
                    session().orElse(null), form.toRequest(session().isPresent(), msg, page.lang()));
            lastOrder.remember(routing, order);
            return Redirects.seeOther("/order/thanks").header("Cache-Control", "no-store").build();
        } catch (UpstreamProblem e) {
            return refused(e, cart, form, msg);
        } catch (RuntimeException e) {
            // Unknown outcome (timeout, service down): the same key makes the next press safe.
            LOG.warnf("Checkout failed: %s", e.toString());
            return renderForm(503, cart, form, msg.checkout_unavailable());
        }
    }

    private Response refused(UpstreamProblem e, CartView cart, CheckoutForm form, Msg msg) {
        if (e.isNotFound()) {
            CartCookie.forget(routing);
            return backToCart(CartNotice.LOST);
        }
        if (e.status() == 401) {
            // The session ended (signed out elsewhere, expired): go on as a guest, and say so.
            SessionCookie.forget(routing);
            return renderForm(409, cart, form, msg.checkout_session_ended());
        }
        if (!e.problem().fieldErrors().isEmpty()) {
            return renderForm(400, cart, form.withErrors(form.fromProblem(e.problem(), msg)),
                    msg.form_has_errors());
        }
        if (e.status() == 409) {
            return renderForm(409, cart, form, msg.checkout_stock());
        }
        if (e.status() == 422 && cart.isEmpty()) {
            return backToCart(null);
        }
        if (e.status() != 422) {
            return renderForm(503, cart, form, msg.checkout_unavailable());
        }
        // 422 without fields: this key already placed an order with other details (the first press may have
        // worked). Say so; a new key makes the next press a new, deliberate order.
        return renderForm(409, cart, form.withKey(Signer.randomToken()), msg.checkout_key_reused());
    }

    private Optional<String> session() {
        return SessionCookie.token(routing);
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

    private Response renderForm(int status, CartView cart, CheckoutForm form, String notice) {
        CheckoutChoices choices = support.choices(session());
        // No list to choose from: the form cannot be filled in, so say checkout is away for now.
        boolean away = choices.away();
        return html(away ? 503 : status, Templates.checkout(cart, form, choices,
                away ? messages.of(page.lang()).checkout_unavailable() : notice));
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(page.localized(template)).build();
    }

    private static Response backToCart(CartNotice notice) {
        return Redirects.seeOther(notice == null ? "/cart" : "/cart?notice=" + notice.code()).build();
    }
}
