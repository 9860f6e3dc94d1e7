package shop.dozo.storefront.cart;

import java.util.Optional;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * What happened to the cart, carried across a redirect as a short code ({@code ?cart=sold_out}) and shown in
 * the shopper's language. Codes, never free text: nothing from the address is echoed onto the page.
 */
public enum CartNotice {
    ADDED(false), UPDATED(false), REMOVED(false), LOST(true), BAD_QUANTITY(true), NOT_ENOUGH(true), SOLD_OUT(true),
    UNKNOWN_PRODUCT(true), TOO_MANY_LINES(true), UNAVAILABLE(true), REORDERED(false);

    public final boolean error;

    CartNotice(boolean error) {
        this.error = error;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<CartNotice> parse(String code) {
        for (CartNotice notice : values()) {
            if (notice.code().equals(code)) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }

    /** @param detail the product name for ADDED, the units left for NOT_ENOUGH */
    public String text(Msg msg, String detail) {
        return switch (this) {
            case ADDED -> msg.cart_added(detail == null ? "" : detail);
            case UPDATED -> msg.cart_updated();
            case REMOVED -> msg.cart_removed();
            case LOST -> msg.cart_lost();
            case BAD_QUANTITY -> msg.cart_bad_quantity();
            case NOT_ENOUGH -> detail == null ? msg.cart_sold_out() : msg.cart_not_enough(Integer.parseInt(detail));
            case SOLD_OUT -> msg.cart_sold_out();
            case UNKNOWN_PRODUCT -> msg.cart_unknown_product();
            case TOO_MANY_LINES -> msg.cart_too_many_lines();
            case UNAVAILABLE -> msg.cart_unavailable();
            case REORDERED -> msg.cart_reordered();
        };
    }

    /** cart-service's refusal of a quantity, as a notice; the units left come from its "at most N". */
    public static Refusal refusal(UpstreamProblem e) {
        Problem problem = e.problem();
        return switch (e.status()) {
            case 409 -> unitsLeft(problem).map(left -> left == 0 ? new Refusal(SOLD_OUT, null)
                    : new Refusal(NOT_ENOUGH, Integer.toString(left))).orElse(new Refusal(SOLD_OUT, null));
            case 422 -> new Refusal(UNKNOWN_PRODUCT, null);
            case 404 -> new Refusal(LOST, null);
            case 400 -> problem.hasErrorOn("sku") ? new Refusal(TOO_MANY_LINES, null) : new Refusal(BAD_QUANTITY, null);
            default -> new Refusal(UNAVAILABLE, null);
        };
    }

    public record Refusal(CartNotice notice, String detail) {
    }

    static Optional<Integer> unitsLeft(Problem problem) {
        return problem.fieldErrors().stream().filter(error -> "quantity".equals(error.field()))
                .map(error -> error.message() == null ? "" : error.message().replaceAll("[^0-9]", ""))
                .filter(digits -> !digits.isEmpty() && digits.length() < 6).map(Integer::valueOf).findFirst();
    }
}
