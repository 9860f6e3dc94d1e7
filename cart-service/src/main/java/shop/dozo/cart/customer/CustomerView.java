package shop.dozo.cart.customer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import shop.dozo.cart.points.PointsEntry;

/** A customer for staff: the points balance, the ledger it is the sum of, and points still pending. */
public record CustomerView(String email, Instant createdAt, int pointsBalance, int pendingPoints, List<Entry> ledger) {

    public record Entry(long id, String reason, int delta, String orderId, String campaign, String note,
            Instant createdAt, String createdBy) {

        static Entry of(PointsEntry entry) {
            return new Entry(entry.id, entry.reason.name().toLowerCase(Locale.ROOT), entry.delta, entry.orderId,
                    entry.campaign, entry.note, entry.createdAt, entry.createdBy);
        }
    }

    public static CustomerView of(Customer customer, int balance, int pending, List<PointsEntry> entries) {
        return new CustomerView(customer.email, customer.createdAt, balance, pending,
                entries.stream().map(Entry::of).toList());
    }
}
