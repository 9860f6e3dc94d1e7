package shop.dozo.cart.cart;

import java.sql.SQLTransactionRollbackException;
import java.util.function.Predicate;

/**
 * A transaction InnoDB chose as a deadlock victim (SQLSTATE 40001). Carts of different shoppers meet in the gap
 * locks of {@code cart_line} when they change at the same moment; the victim's change was rolled back whole, and a
 * quantity change is a plain "set", so trying it again is safe.
 */
public final class DeadlockVictim implements Predicate<Throwable> {
    @Override
    public boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException || (cause instanceof java.sql.SQLException sql
                    && "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
