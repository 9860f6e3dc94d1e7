package shop.dozo.storefront.product;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.cache.PageCache;
import shop.dozo.storefront.cart.CartNotice;
import shop.dozo.storefront.cart.Delivery;
import shop.dozo.storefront.catalog.Catalog;
import shop.dozo.storefront.catalog.Category;
import shop.dozo.storefront.catalog.Product;
import shop.dozo.storefront.category.Pagination;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.review.ReviewPost;
import shop.dozo.storefront.review.Reviews;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * A product: pictures, tax-included price with its rate, stock state, the add-to-cart form, and reviews with a
 * form to write one. Reviews are optional: if review-service is down the page still sells the product.
 */
@Path("/product/{sku}")
public class ProductPage {
    private static final Logger LOG = Logger.getLogger(ProductPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance product(ProductView view, ReviewForm form, String notice, boolean noticeError);
    }

    @Inject
    Catalog catalog;

    @Inject
    Reviews reviews;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    Delivery delivery;

    @Inject
    PageCache pageCache;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("sku") String sku, @QueryParam("review") String review,
            @QueryParam("reviews") String reviewPage, @QueryParam("cart") String cart,
            @QueryParam("left") String left) {
        Msg msg = messages.of(page.lang());
        Optional<CartNotice> refused = CartNotice.parse(cart);
        if (refused.isPresent()) {
            String unitsLeft = left != null && left.matches("[0-9]{1,5}") ? left : null;
            return pageCache.respond(
                    render(sku, 1, ReviewForm.blank(), refused.get().text(msg, unitsLeft), refused.get().error));
        }
        String notice = "posted".equals(review) ? msg.review_posted() : null;
        return pageCache.respond(render(sku, Pagination.parsePage(reviewPage), ReviewForm.blank(), notice, false));
    }

    @POST
    @Path("/reviews")
    @Produces(MediaType.TEXT_HTML)
    public Response postReview(@PathParam("sku") String sku, @RestForm String rating, @RestForm String title,
            @RestForm String body, @RestForm String nickname, @RestForm String orderNumber, @RestForm String email,
            @RestForm String website) {
        Product product = product(sku);
        Msg msg = messages.of(page.lang());
        ReviewForm form = new ReviewForm(rating, title, body, nickname, orderNumber, email, Map.of());
        // No rules checked here: review-service is their one owner and names every invalid field at once.
        try {
            reviews.post(new ReviewPost(product.sku(), ratingOf(rating), stripped(title), stripped(body),
                    stripped(nickname), emptyToNull(orderNumber), emptyToNull(email), website));
        } catch (UpstreamProblem e) {
            return switch (e.status()) {
                case 409 -> page(409, sku, form, msg.review_duplicate());
                case 429 -> page(429, sku, form, msg.review_rate_limited());
                case 400 -> page(400, sku, form.withErrors(ReviewErrors.of(e.problem(), msg)),
                        msg.review_failed());
                default -> page(503, sku, form, msg.review_unavailable());
            };
        } catch (RuntimeException e) {
            LOG.warnf("Review not posted: %s", e.toString());
            return page(503, sku, form, msg.review_unavailable());
        }
        // Post/redirect/get: reloading the thank-you page cannot post the review twice.
        return Redirects.seeOther("/product/" + product.sku() + "?review=posted#reviews").build();
    }

    private Response page(int status, String sku, ReviewForm form, String notice) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(sku, 1, form, notice, true)).build();
    }

    private TemplateInstance render(String sku, int reviewPage, ReviewForm form, String notice, boolean error) {
        Product product = product(sku);
        ProductView view = new ProductView(product, breadcrumbs(product), reviews(product.sku(), reviewPage),
                product.cool() ? coolFee() : null);
        return page.localized(Templates.product(view, form, notice, error));
    }

    /** cart-service's cool-delivery fee; without it the page still sells, just without the amount. */
    private Integer coolFee() {
        try {
            return delivery.terms().coolFeeYen();
        } catch (RuntimeException e) {
            LOG.warnf("Delivery terms not read: %s", e.toString());
            return null;
        }
    }

    private Product product(String sku) {
        if (!sku.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new NotFoundException();
        }
        return catalog.product(sku);
    }

    private List<Category> breadcrumbs(Product product) {
        try {
            return catalog.category(product.category()).breadcrumbs();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private ReviewsView reviews(String sku, int reviewPage) {
        try {
            return new ReviewsView(reviews.summary(sku), reviews.reviews(sku, reviewPage - 1), false, reviewPage);
        } catch (RuntimeException e) {
            LOG.debugf("Product %s without reviews: %s", sku, e.toString());
            return ReviewsView.unavailable();
        }
    }

    /** The chosen star count; anything else is sent as none, which review-service refuses as the rating. */
    private static Integer ratingOf(String rating) {
        String given = rating == null ? "" : rating.strip();
        return given.matches("[0-9]{1,2}") ? Integer.valueOf(given) : null;
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
