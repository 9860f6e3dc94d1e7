package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import shop.dozo.api.Problem;
import shop.dozo.cart.cart.Cart;
import shop.dozo.cart.cart.CartLine;
import shop.dozo.cart.cart.CartService;
import shop.dozo.cart.catalog.Catalog;
import shop.dozo.cart.catalog.CatalogProduct;
import shop.dozo.cart.catalog.Stock;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.customer.Emails;
import shop.dozo.cart.newsletter.Newsletter;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderLine;
import shop.dozo.cart.order.OrderStock;
import shop.dozo.cart.payment.BankAccount;
import shop.dozo.cart.payment.PaymentConfig;
import shop.dozo.cart.points.Campaign;
import shop.dozo.cart.points.Campaigns;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.cart.points.PointsRules;
import shop.dozo.cart.tax.CashOnDelivery;
import shop.dozo.cart.tax.OrderPricing;
import shop.dozo.support.ProblemException;

/**
 * Checkout: claim the Idempotency-Key, price the cart fresh from catalog-service, reserve the stock under the
 * order's id, write the order, commit the stock. Until the order is written every failure releases the
 * reservation and frees the key; once it is written the order stands, and a stock commit that did not get
 * through is finished by {@link OrderStock}'s job.
 */
@ApplicationScoped
public class CheckoutService {
    private static final Logger LOG = Logger.getLogger(CheckoutService.class);

    /** {@code lookupToken}: the secret link stored with a new order, null when the answer must mint one. */
    public record Result(CustomerOrder order, boolean replayed, String lookupToken) {
    }

    @Inject
    IdempotencyKeys keys;

    @Inject
    Newsletter newsletter;

    @Inject
    CartService carts;

    @Inject
    Catalog catalog;

    @Inject
    Stock stock;

    @Inject
    OrderStock orderStock;

    @Inject
    OrderWriter writer;

    @Inject
    Campaigns campaigns;

    @Inject
    Customers customers;

    @Inject
    PointsRules pointsRules;

    @Inject
    PointsLedger ledger;

    @Inject
    OrderPricing.ShippingRules shippingRules;

    @Inject
    CashOnDelivery cod;

    @Inject
    DeliveryCalendar calendar;

    @Inject
    PaymentConfig payment;

    @Inject
    CheckoutConfig config;

    /**
     * What the order would be if placed now, for the confirmation step (特商法 §12-6): every field checked as
     * checkout checks it, priced as checkout prices it; nothing reserved, nothing written.
     */
    public Quote quote(String cartToken, CheckoutRequest request, Optional<String> customer) {
        Instant now = Instant.now();
        CheckoutChoices choices = CheckoutChoices.checked(request, calendar, now);
        refuseGuestPoints(request.points(), customer);
        Cart cart = carts.find(cartToken);
        List<OrderLine> lines = priced(cart);
        OrderPricing pricing = price(lines, choices, request);
        if (customer.isPresent() && pricing.pointsUsed() > 0) {
            refuseMoreThanBalance(customer.get(), pricing.pointsUsed());
        }
        return new Quote(lines, pricing, choices, request.paymentMethod(), paymentDeadline(request, now),
                request.cashOnDelivery() ? null : BankAccount.of(payment.bank()));
    }

    /**
     * Places the order. {@code customer} is the verified e-mail of a signed-in customer (the storefront's customer
     * session), empty for a guest (then the order is placed under the
     * customer's e-mail whatever the body says): only a signed-in customer spends and earns points, on their own account.
     */
    public Result checkout(String cartToken, String idempotencyKey, CheckoutRequest request,
            Optional<String> customer) {
        CheckoutChoices choices = CheckoutChoices.checked(request, calendar, Instant.now());
        refuseGuestPoints(request.points(), customer);
        // The same key and body from another customer (or as a guest) is another request: 422, not their order.
        String requestHash = RequestHash.of(customer.map(email -> cartToken + "\n" + email).orElse(cartToken),
                request);
        // The customer rows the order needs are made with the claim (one commit): the shopper's e-mail, and the
        // signed-in customer's (the same one unless the session's account differs from the body's e-mail).
        List<String> emails = new ArrayList<>();
        emails.add(customer.orElseGet(() -> Emails.normalise(request.email())));
        customer.map(Emails::normalise).ifPresent(emails::add);
        IdempotencyKeys.Claim claim = keys.claim(idempotencyKey, requestHash, emails);
        if (claim.done()) {
            return new Result(earlierOrder(claim.orderId(), idempotencyKey), true, null);
        }
        try {
            OrderWriter.Written placed = place(cartToken, idempotencyKey, requestHash, claim.orderId(), choices,
                    request, customer, claim.customersEnsured());
            return new Result(placed.order(), false, placed.lookupToken());
        } catch (RuntimeException e) {
            try {
                keys.forget(idempotencyKey, claim.orderId());
            } catch (RuntimeException forgetting) {
                e.addSuppressed(forgetting);
            }
            throw e;
        }
    }

    private OrderWriter.Written place(String cartToken, String key, String requestHash, String orderId,
            CheckoutChoices choices, CheckoutRequest request, Optional<String> customer, boolean customersEnsured) {
        Cart cart = carts.find(cartToken);
        List<OrderLine> lines = priced(cart);
        Instant now = Instant.now();
        Optional<Campaign> campaign = campaigns.forOrder(request.campaignCode(), now);
        OrderPricing pricing = price(lines, choices, request);
        String email = customer.orElseGet(() -> Emails.normalise(request.email()));
        int earned = customer.isEmpty() ? 0 // a typed e-mail proves nothing: guests earn nothing
                : pointsRules.earned(pricing.itemsTotal(), campaign.map(c -> c.pointsMultiplier).orElse(1));
        if (pricing.pointsUsed() > 0) {
            refuseMoreThanBalance(email, pricing.pointsUsed());
        }
        OrderDraft draft = new OrderDraft(orderId, key, requestHash, email, customer.map(Emails::normalise), choices,
                request.paymentMethod(), lines,
                pricing, earned, campaign.map(c -> c.code).orElse(null), cart.id, cart.checkoutRound,
                new OrderDraft.Consent(now, config.privacyPolicyVersion()), paymentDeadline(request, now),
                customer.orElse(null));

        reserve(orderId, lines);
        OrderWriter.Written written;
        try {
            if (!customersEnsured) { // a claim taken over from a dead process
                customers.ensure(email);
                customer.map(Emails::normalise).ifPresent(customers::ensure);
            }
            written = writer.write(draft);
        } catch (RuntimeException e) {
            if (CustomerOrder.findByIdOptional(orderId).isPresent()) {
                // The commit got through although its answer did not: the order stands (its link may not).
                LOG.warnf("Order %s was written despite %s", orderId, e.toString());
                written = new OrderWriter.Written(CustomerOrder.findById(orderId), null);
            } else {
                orderStock.release(orderId);
                throw e;
            }
        }
        orderStock.commit(orderId); // the order's transaction already emptied the cart
        if (request.wantsNewsletter()) {
            startNewsletterOptIn(written.order().email, request);
        }
        return written;
    }

    /**
     * The ticked newsletter box starts the same double opt-in as the sign-up form, with the wording the shopper
     * saw. It runs after the order, in its own transaction (its gap lock must not hold the order's): the order
     * stands whatever happens here, and a failure is logged for staff rather than failing a paid-for order.
     */
    private void startNewsletterOptIn(String email, CheckoutRequest request) {
        try {
            newsletter.request(email, request.newsletterWording(), request.lang(), "checkout");
        } catch (RuntimeException e) {
            LOG.warnf("Order placed but the newsletter opt-in of its shopper was not recorded: %s", e.toString());
        }
    }

    /** {@link OrderPricing} prices it; an amount the carrier will not collect is the shopper's to change (400). */
    private OrderPricing price(List<OrderLine> lines, CheckoutChoices choices, CheckoutRequest request) {
        List<OrderPricing.Line> priced = lines.stream()
                .map(line -> new OrderPricing.Line(line.unitPrice, line.taxRate, line.quantity, line.cool)).toList();
        int beforePoints = OrderPricing.of(priced, shippingRules, cod,
                new OrderPricing.Charges(choices.address().prefecture(), false, 0)).total();
        if (request.points() > beforePoints) {
            throw ProblemException.badRequest("usePoints", "at most the order's total, " + beforePoints + " yen");
        }
        OrderPricing withoutCod = OrderPricing.of(priced, shippingRules, cod,
                new OrderPricing.Charges(choices.address().prefecture(), false, request.points()));
        if (request.cashOnDelivery()) {
            cod.refusal(withoutCod.amountDue()).ifPresent(reason -> {
                throw ProblemException.badRequest("paymentMethod", reason);
            });
            return OrderPricing.of(priced, shippingRules, cod,
                    new OrderPricing.Charges(choices.address().prefecture(), true, request.points()));
        }
        return withoutCod;
    }

    /** A transfer is due {@code dozo.payment.transfer-days} after the order's day in Japan; COD has no deadline. */
    private java.time.LocalDate paymentDeadline(CheckoutRequest request, Instant now) {
        return request.cashOnDelivery() ? null : calendar.today(now).plusDays(payment.transferDays());
    }

    /** Every line priced as catalog-service has it now; anything unknown or short stops the checkout here. */
    private List<OrderLine> priced(Cart cart) {
        if (cart.lines.isEmpty()) {
            throw ProblemException.unprocessable("The cart is empty.");
        }
        Map<String, CatalogProduct> products = catalog.products(cart.lines.stream().map(line -> line.sku).toList());
        List<OrderLine> lines = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Problem.FieldError> short_ = new ArrayList<>();
        for (CartLine line : cart.lines) {
            CatalogProduct product = products.get(line.sku);
            if (product == null) {
                unknown.add(new Problem.FieldError(line.sku, "not for sale any more"));
            } else if (!product.canSell(line.quantity)) {
                short_.add(new Problem.FieldError(line.sku, "only " + product.available() + " available"));
            } else {
                lines.add(new OrderLine(product.sku(), product.name(), product.priceYen(), product.taxRate(),
                        line.quantity, product.cool()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Unknown product",
                    "An item in your cart is no longer for sale. Please remove it from your cart.")
                    .withErrors(unknown));
        }
        if (!short_.isEmpty()) {
            throw new ProblemException(Problem.of(409, "Not enough stock",
                    "Some items in your cart have sold out or run low. Please check your cart.").withErrors(short_));
        }
        return lines;
    }

    /**
     * Typing an e-mail proves nothing: a guest checkout neither earns nor spends points, and no answer here
     * mentions a balance. A guest who sends points is refused (400) rather than silently charged the full amount
     * they did not expect. A signed-in customer's points go to OrderWriter, which checks them against the
     * balance under the customer's lock.
     */
    private static void refuseGuestPoints(int points, Optional<String> customer) {
        if (points != 0 && customer.isEmpty()) {
            throw ProblemException.badRequest("usePoints",
                    "points can be used only by a signed-in customer; a guest checkout cannot spend points");
        }
    }

    /** A courtesy before reserving stock; {@link OrderWriter} checks again under the customer's lock. */
    private void refuseMoreThanBalance(String email, int points) {
        int balance = ledger.balance(email);
        if (points > balance) {
            throw PointsLedger.notEnough(balance, "usePoints");
        }
    }

    /** Any failure, including no answer at all, may leave a reservation behind: release it, then report. */
    private void reserve(String orderId, List<OrderLine> lines) {
        try {
            stock.reserve(orderId, lines.stream().map(line -> new Stock.Item(line.sku, line.quantity)).toList());
        } catch (RuntimeException e) {
            orderStock.release(orderId);
            throw e;
        }
    }

    private static CustomerOrder earlierOrder(String orderId, String key) {
        return CustomerOrder.<CustomerOrder>findByIdOptional(orderId)
                .or(() -> CustomerOrder.findByIdempotencyKey(key))
                .orElseThrow(() -> new IllegalStateException("Idempotency-Key " + key + " is done but order "
                        + orderId + " is missing"));
    }
}
