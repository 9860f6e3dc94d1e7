package shop.dozo.cart.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.support.ProblemException;

/** A customer's points as staff see them, and the points staff record as expired. Each call is one transaction. */
@ApplicationScoped
public class CustomerPoints {

    @Inject
    PointsLedger ledger;

    @Inject
    Customers customers;

    @Transactional
    public CustomerView of(String email) {
        return view(find(email));
    }

    /** The customer's row is locked first, so the expiry queues behind orders spending the same points. */
    @Transactional
    public CustomerView expire(String email, int points, String note, String staff) {
        Customer customer = find(email);
        customers.lock(customer.email);
        ledger.expire(customer.email, points, note.strip(), staff);
        return view(customer);
    }

    private static Customer find(String email) {
        return Customer.findByEmail(email).orElseThrow(() -> ProblemException.notFound("No customer with this email."));
    }

    private CustomerView view(Customer customer) {
        return CustomerView.of(customer, ledger.balance(customer.email), ledger.pending(customer.email),
                ledger.entries(customer.email));
    }
}
