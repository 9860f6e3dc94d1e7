package shop.dozo.catalog.stock;

/** Where a reservation stands; stored by name (the column's CHECK lists the same five). */
public enum ReservationStatus {
    /** Holds its stock until committed, released or expired. */
    RESERVED,
    /** Sold: its stock stays taken. */
    COMMITTED,
    /** Given back by the caller. */
    RELEASED,
    /** Given back because nobody committed it in time. */
    EXPIRED,
    /** Sold, then given back whole: the order was cancelled before its goods left the shop. */
    RETURNED
}
