package shop.dozo.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import shop.dozo.cart.customer.Emails;

/** Whether someone bought a product, for review-service's "verified purchase". */
@ApplicationScoped
public class Purchases {

    /** Only yes or no, never whether the order exists. A cancelled order proves nothing; a missing part is a no. */
    @Transactional
    public boolean verify(String orderNumber, String email, String sku) {
        return orderNumber != null && email != null && sku != null
                && CustomerOrder.findByNumber(orderNumber)
                        .filter(order -> order.email.equals(Emails.normalise(email)))
                        .filter(order -> order.status != OrderStatus.CANCELLED)
                        .map(order -> order.lines.stream().anyMatch(line -> line.sku.equals(sku.strip())))
                        .orElse(false);
    }
}
