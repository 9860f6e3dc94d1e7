package shop.dozo.cart.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;

/**
 * An order: the shop's sales history, never deleted. The id is also the stock reservation id in catalog-service.
 * Totals are tax-included yen; points pay part of {@code total}, leaving {@code amountDue}.
 */
@Entity
public class CustomerOrder extends PanacheEntityBase {

    /**
     * The order's stock in catalog-service. RETURNING: sold stock of an order cancelled before it left (an unpaid
     * bank transfer) is to go back on the shelf; RETURNED once catalog-service took it.
     */
    public enum StockState { RESERVED, COMMITTED, RELEASED, REFUSED, RETURNING, RETURNED }

    @Id
    public String id;
    public String orderNumber;
    public String idempotencyKey;
    public String requestHash;
    public String email;
    /** The account the order was placed signed in with (it earned and spent points), null for a guest checkout. */
    public String accountEmail;
    public String fullName;
    /** フリガナ, katakana; null on orders placed before it was asked. */
    public String fullNameKana;
    public String postalCode;
    public String prefecture;
    public String city;
    public String street;
    public String phone;
    public String paymentMethod;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public int itemsTotal;
    public int shippingFee;
    public int coolFee;
    /** The cash-on-delivery fee, in {@code total} and the 10 % subtotal. */
    public int codFee;
    public int total;
    public int subtotal8;
    public int tax8;
    public int subtotal10;
    public int tax10;
    public int pointsUsed;
    public int pointsEarned;
    public String campaignCode;
    public int amountDue;
    /** The per-rate figures of {@code amountDue}: the points shared pro rata over the rates ({@code PointsAllocation}). */
    public int dueSubtotal8;
    public int dueTax8;
    public int dueSubtotal10;
    public int dueTax10;
    /** The chosen delivery date and slot; null: 指定なし (as early as possible, any time). */
    public LocalDate deliveryDate;
    public String deliverySlot;
    /** The last day (in Japan) to pay a bank transfer; null for cash on delivery. */
    public LocalDate paymentDeadline;
    public Instant privacyConsentAt;
    public String privacyPolicyVersion;
    /** When {@code pointsEarned} joined the balance; null while pending ({@code PointsCredit}). */
    public Instant pointsCreditedAt;
    /** The language of the order's mails: ja or en. */
    public String lang = "ja";
    /** The carrier's number, set when staff ship the parcel. */
    public String trackingNumber;
    @Enumerated(EnumType.STRING)
    public StockState stockState = StockState.RESERVED;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<StatusChange> history = new ArrayList<>();

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    public void changeStatus(OrderStatus newStatus, String actor, String note) {
        status = newStatus;
        history.add(new StatusChange(newStatus, actor, note));
    }

    public boolean wasEver(OrderStatus wanted) {
        return history.stream().anyMatch(change -> change.status == wanted);
    }

    public static Optional<CustomerOrder> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static Optional<CustomerOrder> findByNumber(String number) {
        String normalised = number == null ? "" : OrderNumbers.normalise(number);
        if (!OrderNumbers.FORMAT.matcher(normalised).matches()) {
            return Optional.empty(); // cannot exist; and "会社" against the ASCII column would be a collation 500
        }
        return find("orderNumber", normalised).firstResultOptional();
    }
}
