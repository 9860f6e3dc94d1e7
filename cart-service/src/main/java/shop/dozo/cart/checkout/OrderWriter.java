package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import shop.dozo.cart.order.CustomerOrder;

/** Each write in its own transaction, so a failure is contained and the caller decides what to undo. */
@ApplicationScoped
public class OrderWriter {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CustomerOrder insert(CustomerOrder order) {
        order.persistAndFlush();
        return order;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markStockCommitted(String orderId) {
        CustomerOrder.update("stockCommitted = true where id = ?1", orderId);
    }
}
