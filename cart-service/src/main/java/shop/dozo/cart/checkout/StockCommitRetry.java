package shop.dozo.cart.checkout;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import shop.dozo.cart.catalog.Stock;
import shop.dozo.cart.order.CustomerOrder;

/**
 * An order whose stock commit did not get through (catalog-service briefly away) is committed again well
 * before the reservation would expire, so a placed order never loses its stock.
 */
@ApplicationScoped
public class StockCommitRetry {
    @Inject
    Stock stock;

    @Inject
    OrderWriter writer;

    @Scheduled(every = "${dozo.checkout.commit-retry:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commitPending() {
        List<CustomerOrder> pending = CustomerOrder.list("stockCommitted = false and status = 'PLACED'");
        for (CustomerOrder order : pending) {
            if (stock.commit(order.id)) {
                writer.markStockCommitted(order.id);
            }
        }
    }
}
