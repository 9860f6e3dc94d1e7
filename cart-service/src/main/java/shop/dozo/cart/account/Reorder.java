package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shop.dozo.cart.cart.Cart;
import shop.dozo.cart.cart.CartService;
import shop.dozo.cart.cart.CartView;
import shop.dozo.cart.catalog.Catalog;
import shop.dozo.cart.catalog.CatalogProduct;
import shop.dozo.cart.order.OrderLine;

/**
 * Puts an earlier order's products into a cart again, at today's prices (the cart prices them fresh). Each line
 * is set, not added, to the ordered quantity (or what is left of the stock), so a retry gives the same cart.
 * Products no longer for sale or sold out are named instead.
 */
@ApplicationScoped
public class Reorder {

    public record Unavailable(String sku, String name, String reason) {
    }

    public record Result(CartView cart, List<Unavailable> unavailable) {
    }

    @Inject
    CartService carts;

    @Inject
    Catalog catalog;

    @Inject
    MyPage myPage;

    public Result reorder(String email, String number, String cartToken) {
        List<OrderLine> lines = myPage.orderLines(email, number);
        Cart cart = cartToken == null ? carts.create() : carts.find(cartToken);
        Map<String, CatalogProduct> products = catalog.products(lines.stream().map(line -> line.sku).toList());
        List<Unavailable> unavailable = new ArrayList<>();
        for (OrderLine line : lines) {
            CatalogProduct product = products.get(line.sku);
            if (product == null) {
                unavailable.add(new Unavailable(line.sku, line.name, "not for sale"));
                continue;
            }
            int quantity = product.available() == null ? line.quantity
                    : Math.min(line.quantity, product.available());
            if (quantity < 1) {
                unavailable.add(new Unavailable(line.sku, product.name(), "sold out"));
                continue;
            }
            cart = carts.setQuantity(cart.token, line.sku, quantity).cart();
        }
        return new Result(carts.view(carts.find(cart.token)), unavailable);
    }

}
