package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.cart.cart.Cart;
import shop.dozo.cart.cart.CartService;
import shop.dozo.cart.cart.CartView;
import shop.dozo.cart.catalog.ReservationClient;
import shop.dozo.cart.catalog.Stock;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderLine;
import shop.dozo.cart.tax.OrderPricing;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/**
 * Checkout: price the cart fresh, reserve the stock under the order's id, write the order, commit the stock.
 * The Idempotency-Key makes a retry after an unknown outcome return the same order instead of a second one.
 */
@ApplicationScoped
public class CheckoutService {
    public record Result(CustomerOrder order, boolean replayed) {
    }

    @Inject
    CartService carts;

    @Inject
    Stock stock;

    @Inject
    OrderWriter writer;

    @ConfigProperty(name = "dozo.shipping.flat-fee")
    int flatFee;

    @ConfigProperty(name = "dozo.shipping.free-from")
    int freeFrom;

    @ConfigProperty(name = "dozo.shipping.cool-fee")
    int coolFee;

    public Result checkout(String cartToken, String idempotencyKey, CheckoutRequest request) {
        if (!Prefectures.ALL.contains(request.prefecture())) {
            throw ProblemException.badRequest("prefecture", "one of the 47 prefectures, e.g. 東京都");
        }
        String requestHash = hash(cartToken, request);
        var earlier = CustomerOrder.findByIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash);
        }
        Cart cart = carts.find(cartToken);
        CartView priced = carts.view(cart);
        if (priced.lines().isEmpty()) {
            throw ProblemException.unprocessable("The cart is empty.");
        }
        if (priced.lines().stream().anyMatch(line -> !line.available())) {
            throw new ProblemException(Problem.of(409, "Not enough stock",
                    "Some items in your cart are no longer available in that quantity. Please check your cart."));
        }
        String orderId = UUID.randomUUID().toString();
        stock.reserve(orderId, priced.lines().stream()
                .map(line -> new ReservationClient.Item(line.sku(), line.quantity())).toList());
        CustomerOrder saved;
        try {
            saved = insertRetryingDeadlocks(() -> newOrder(priced, idempotencyKey, requestHash, request, orderId),
                    request.pointsToUse());
        } catch (RuntimeException e) {
            stock.release(orderId);
            if (hasSqlError(e, 1062)) {
                // A concurrent retry with the same key won the race: answer with its order.
                return CustomerOrder.findByIdempotencyKey(idempotencyKey).map(winner -> replay(winner, requestHash))
                        .orElseThrow(() -> e);
            }
            throw e;
        }
        if (stock.commit(saved.id)) {
            writer.markStockCommitted(saved.id);
            saved.stockCommitted = true;
        }
        carts.empty(cartToken);
        return new Result(saved, false);
    }

    private static Result replay(CustomerOrder earlier, String requestHash) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw ProblemException.unprocessable("This Idempotency-Key was already used for a different checkout. "
                    + "Use a new key for a new order.");
        }
        return new Result(earlier, true);
    }

    /**
     * MariaDB answers 1213 when two transactions deadlock (or Galera when a certification fails); the write is
     * then simply tried again with a fresh copy of the order, under the same id and reservation.
     */
    private CustomerOrder insertRetryingDeadlocks(java.util.function.Supplier<CustomerOrder> order, int points) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.insert(order.get(), points);
            } catch (RuntimeException e) {
                // New customers' rows are inserted into the same index gap, so concurrent first orders can deadlock.
                if (attempt == 5 || !(hasSqlError(e, 1213) || hasSqlError(e, 1205))) {
                    throw e;
                }
            }
        }
    }

    /** The transaction layer wraps SQL errors in several layers; the MariaDB error code decides. */
    private static boolean hasSqlError(Throwable error, int code) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (hasSqlError(suppressed, code)) {
                    return true;
                }
            }
        }
        return false;
    }

    private CustomerOrder newOrder(CartView cart, String key, String requestHash, CheckoutRequest request, String id) {
        List<OrderPricing.Line> pricingLines = new ArrayList<>();
        CustomerOrder order = new CustomerOrder();
        order.id = id;
        order.orderNumber = OrderNumbers.next();
        order.idempotencyKey = key;
        order.requestHash = requestHash;
        for (CartView.Line line : cart.lines()) {
            order.lines.add(new OrderLine(line.sku(), line.name(), line.unitPriceYen(), line.taxRate(), line.quantity(),
                    line.cool()));
            pricingLines.add(new OrderPricing.Line(line.unitPriceYen(), line.taxRate(), line.quantity(), line.cool()));
        }
        OrderPricing pricing = OrderPricing.of(pricingLines, new OrderPricing.ShippingRules(flatFee, freeFrom, coolFee));
        order.itemsTotal = pricing.itemsTotal();
        order.shippingFee = pricing.shippingFee();
        order.coolFee = pricing.coolFee();
        order.total = pricing.total();
        order.subtotal8 = pricing.tax().subtotal8();
        order.tax8 = pricing.tax().tax8();
        order.subtotal10 = pricing.tax().subtotal10();
        order.tax10 = pricing.tax().tax10();
        order.email = request.email().trim().toLowerCase(java.util.Locale.ROOT);
        order.fullName = request.fullName().strip();
        order.postalCode = request.normalisedPostalCode();
        order.prefecture = request.prefecture();
        order.city = request.city().strip();
        order.street = request.street().strip();
        order.phone = request.phone();
        order.paymentMethod = request.paymentMethod();
        order.changeStatus("PLACED", order.email);
        return order;
    }

    private static String hash(String cartToken, CheckoutRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((cartToken + "\n" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
