package shop.dozo.cart.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.cart.catalog.Catalog;
import shop.dozo.cart.catalog.CatalogProduct;
import shop.dozo.cart.tax.OrderPricing;
import shop.dozo.support.ProblemException;

@ApplicationScoped
public class CartService {

    @Inject
    Catalog catalog;

    @Inject
    OrderPricing.ShippingRules shippingRules;

    @Inject
    CartConfig config;

    @Transactional
    public Cart create() {
        Cart cart = Cart.create();
        cart.persist();
        return cart;
    }

    public Cart find(String token) {
        return Cart.findByToken(token).orElseThrow(() -> ProblemException.notFound(
                "This cart does not exist (it may have been opened on another device). Start a new one."));
    }

    /** A cart as changed, with the catalogue's answer it was checked against (and is shown with). */
    public record Changed(Cart cart, Map<String, CatalogProduct> products) {
    }

    /**
     * Sets the quantity of a SKU, adding it if new. The SKU must be a published product. One call to
     * catalog-service both checks the SKU and prices the whole cart for the answer ({@link #view(Cart, Map)}).
     */
    @Transactional
    public Changed setQuantity(String token, String sku, int quantity) {
        Cart cart = find(token);
        Map<String, CatalogProduct> products =
                catalog.productsWith(cart.lines.stream().map(line -> line.sku).toList(), sku);
        CatalogProduct product = java.util.Optional.ofNullable(products.get(sku))
                .orElseThrow(() -> new ProblemException(
                        Problem.of(422, "Unknown product", "There is no product with SKU '" + sku + "' for sale.")
                                .withErrors(List.of(new Problem.FieldError("sku", "no such product")))));
        if (!product.canSell(quantity)) {
            throw new ProblemException(Problem.of(409, "Not enough stock", product.available() == 0
                    ? product.name() + " is sold out."
                    : "Only " + product.available() + " of " + product.name() + " are left.")
                    .withErrors(List.of(new Problem.FieldError("quantity", "at most " + product.available()))));
        }
        cart.line(sku).ifPresentOrElse(line -> line.quantity = quantity, () -> {
            if (cart.lines.size() >= config.maxLines()) {
                throw ProblemException.badRequest("sku",
                        "a cart holds at most " + config.maxLines() + " different products");
            }
            cart.lines.add(new CartLine(sku, quantity));
        });
        cart.updatedAt = java.time.Instant.now();
        return new Changed(cart, products);
    }

    @Transactional
    public Cart remove(String token, String sku) {
        Cart cart = find(token);
        cart.lines.removeIf(line -> line.sku.equals(sku));
        cart.updatedAt = java.time.Instant.now();
        return cart;
    }

    /**
     * Prices every line from the catalogue as it is now, in one call; a product taken off sale, or short of
     * stock, shows as unavailable and blocks checkout until the shopper changes the cart.
     */
    public CartView view(Cart cart) {
        return view(cart, catalog.products(cart.lines.stream().map(line -> line.sku).toList()));
    }

    /** The cart priced with an answer of catalog-service fetched in this same request. */
    public CartView view(Cart cart, Map<String, CatalogProduct> products) {
        List<CartView.Line> lines = new ArrayList<>();
        List<OrderPricing.Line> priced = new ArrayList<>();
        int count = 0;
        int total = 0;
        boolean ready = !cart.lines.isEmpty();
        for (CartLine line : cart.lines) {
            CatalogProduct p = products.get(line.sku);
            if (p == null) {
                lines.add(new CartView.Line(line.sku, null, null, 0, 0, false, line.quantity, 0, false, 0));
                ready = false;
                continue;
            }
            boolean available = p.canSell(line.quantity);
            int lineTotal = Math.multiplyExact(p.priceYen(), line.quantity);
            lines.add(new CartView.Line(p.sku(), p.name(), p.nameEn(), p.priceYen(), p.taxRate(), p.cool(),
                    line.quantity, lineTotal, available, p.available()));
            priced.add(new OrderPricing.Line(p.priceYen(), p.taxRate(), line.quantity, p.cool()));
            ready &= available;
            count += line.quantity;
            total += lineTotal;
        }
        return new CartView(cart.token, lines, count, total, ready,
                CartPricing.of(priced, shippingRules)); // lines no longer sold are in no total
    }
}
