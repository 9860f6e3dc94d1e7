package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import shop.dozo.cart.points.PointsConfig;
import shop.dozo.cart.points.PointsRules;
import shop.dozo.cart.tax.OrderPricing;

/** The shop's money rules from configuration ({@link ShippingConfig}, {@link PointsConfig}; demo defaults from shop.json). */
@ApplicationScoped
public class ShopRules {

    @Produces
    @Singleton
    OrderPricing.ShippingRules shipping(ShippingConfig config) {
        return new OrderPricing.ShippingRules(config.flatFee(), config.freeFrom(), config.coolFee());
    }

    @Produces
    @Singleton
    PointsRules points(PointsConfig config) {
        return new PointsRules(config.percent());
    }
}
