package shop.dozo.cart.points;

/**
 * How many points an order earns: {@code percent} of the tax-included item subtotal (shipping earns nothing),
 * times the campaign multiplier, rounded down once at the end so a campaign never loses a point to rounding.
 * 1 point = 1 yen when used.
 */
public record PointsRules(int percent) {

    public PointsRules {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("dozo.points.percent must be 0 to 100, not " + percent);
        }
    }

    public int earned(int itemsTotalYen, int multiplier) {
        return Math.toIntExact((long) itemsTotalYen * percent * multiplier / 100);
    }
}
