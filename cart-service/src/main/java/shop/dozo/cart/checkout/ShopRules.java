package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.cart.payment.PaymentConfig;
import shop.dozo.cart.points.PointsConfig;
import shop.dozo.cart.points.PointsCredit;
import shop.dozo.cart.points.PointsRules;
import shop.dozo.cart.tax.CashOnDelivery;
import shop.dozo.cart.tax.OrderPricing;

/**
 * The shop's money and delivery rules from configuration ({@link ShippingConfig}, {@link PaymentConfig},
 * {@link DeliveryConfig}, {@link PointsConfig}). A table that cannot be read stops the service at start: a typo
 * must not become a wrong fee on real orders.
 */
@ApplicationScoped
public class ShopRules {

    @Produces
    @Singleton
    OrderPricing.ShippingRules shipping(ShippingConfig config) {
        Map<String, Integer> fees = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : pairs("dozo.shipping.prefecture-fees", config.prefectureFees())
                .entrySet()) {
            if (!Prefectures.ALL.contains(entry.getKey())) {
                throw new IllegalArgumentException("dozo.shipping.prefecture-fees: " + entry.getKey()
                        + " is not one of the 47 prefectures (write 東京都, 大阪府, 北海道, ...)");
            }
            fees.put(entry.getKey(), entry.getValue());
        }
        return new OrderPricing.ShippingRules(config.flatFee(), fees, config.freeFrom(), config.coolFee(),
                config.coolParcelCapacity());
    }

    @Produces
    @Singleton
    CashOnDelivery cashOnDelivery(PaymentConfig config) {
        return new CashOnDelivery(pairs("dozo.payment.cod.tiers", config.cod().tiers()).entrySet().stream()
                .map(entry -> new CashOnDelivery.Tier(Integer.parseInt(entry.getKey()), entry.getValue())).toList(),
                config.cod().limit());
    }

    @Produces
    @Singleton
    DeliveryCalendar calendar(DeliveryConfig config) {
        return new DeliveryCalendar(config.leadDays(), config.cutOffHour(), java.util.Set.copyOf(config.closedDays()),
                java.util.Set.copyOf(config.holidays().orElse(List.of())), config.windowDays(), config.slots());
    }

    @Produces
    @Singleton
    PointsCredit pointsCredit(PointsConfig config) {
        return new PointsCredit(config.creditWhen());
    }

    @Produces
    @Singleton
    PointsRules points(PointsConfig config) {
        return new PointsRules(config.percent());
    }

    /** {@code key=yen} entries; yen is 0 or more. */
    static Map<String, Integer> pairs(String property, List<String> entries) {
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || !parts[1].strip().matches("\\d{1,9}")) {
                throw new IllegalArgumentException(property + ": '" + entry + "' is not key=yen");
            }
            pairs.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
        }
        return pairs;
    }
}
