package shop.dozo.cart.points;

import shop.dozo.cart.order.OrderStatus;

/**
 * When an order's earned points are credited ({@code dozo.points.credit-when}). Crediting on payment keeps
 * points from orders that are never paid or never collected out of the balance: a bank transfer counts once the
 * money arrived, cash on delivery once the carrier has the parcel (it collects on delivery).
 */
public record PointsCredit(PointsConfig.CreditWhen when) {

    public boolean atPlacing() {
        return when == PointsConfig.CreditWhen.PLACED;
    }

    /** Whether moving an order paid this way to {@code target} credits its points (once: the caller checks). */
    public boolean onMove(String paymentMethod, OrderStatus target) {
        if (atPlacing()) {
            return false;
        }
        return "cash_on_delivery".equals(paymentMethod) ? target == OrderStatus.SHIPPED : target == OrderStatus.PAID;
    }
}
