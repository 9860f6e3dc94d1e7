package shop.dozo.cart.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderNumbers;
import shop.dozo.cart.order.OrderView;

/**
 * The order of a number and an e-mail. One query asks for both at once, so a number that exists with another
 * e-mail costs exactly what a number that does not exist costs: the database work tells nothing apart.
 */
@ApplicationScoped
public class OrderLookup {

    @Transactional
    public Optional<OrderView> find(String typedNumber, String normalisedEmail) {
        String number = OrderNumbers.normalise(typedNumber);
        if (!OrderNumbers.FORMAT.matcher(number).matches()) {
            return Optional.empty(); // cannot exist; "会社" against the ASCII column would be a collation 500
        }
        return CustomerOrder.<CustomerOrder>find("orderNumber = ?1 and email = ?2", number, normalisedEmail)
                .firstResultOptional().map(OrderView::of);
    }
}
