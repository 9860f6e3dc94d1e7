package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.cart.points.PointsRules;
import shop.dozo.cart.tax.OrderPricing;

/** The shop's money rules from configuration (demo values in application.properties, from shop.json). */
@ApplicationScoped
public class ShopRules {

    @Produces
    @Singleton
    OrderPricing.ShippingRules shipping(@ConfigProperty(name = "dozo.shipping.flat-fee") int flatFee,
            @ConfigProperty(name = "dozo.shipping.free-from") int freeFrom,
            @ConfigProperty(name = "dozo.shipping.cool-fee") int coolFee) {
        return new OrderPricing.ShippingRules(flatFee, freeFrom, coolFee);
    }

    @Produces
    @Singleton
    PointsRules points(@ConfigProperty(name = "dozo.points.percent") int percent) {
        return new PointsRules(percent);
    }
}
