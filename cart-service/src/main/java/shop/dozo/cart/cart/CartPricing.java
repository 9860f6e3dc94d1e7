package shop.dozo.cart.cart;

import java.util.List;
import shop.dozo.cart.tax.OrderPricing;

/**
 * What the cart would cost if ordered now, as {@link OrderPricing} (the one owner of the rules) works it out:
 * tax-included yen, the tax contained per rate, and how much more would make shipping free.
 */
public record CartPricing(int itemsTotalYen, int shippingFeeYen, int coolFeeYen, int totalYen, List<Tax> taxes,
        int toFreeShippingYen) {

    /** {@code subtotalYen} is tax-included (items, and at 10 % also shipping); {@code taxYen} is the tax inside it. */
    public record Tax(int rate, int subtotalYen, int taxYen) {
    }

    static CartPricing of(List<OrderPricing.Line> lines, OrderPricing.ShippingRules rules) {
        OrderPricing pricing = OrderPricing.of(lines, rules);
        return new CartPricing(pricing.itemsTotal(), pricing.shippingFee(), pricing.coolFee(), pricing.total(),
                List.of(new Tax(8, pricing.tax().subtotal8(), pricing.tax().tax8()),
                        new Tax(10, pricing.tax().subtotal10(), pricing.tax().tax10())),
                rules.toFreeShipping(pricing.itemsTotal()));
    }
}
