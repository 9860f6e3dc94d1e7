package shop.dozo.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** What one reservation holds of one SKU (its requested lines of that SKU merged). */
@Entity
@Table(name = "stock_reservation_line")
@IdClass(ReservationLine.Key.class)
public class ReservationLine extends PanacheEntityBase {
    @Id
    public String reservationId;

    @Id
    public String sku;

    public int quantity;

    static ReservationLine of(String reservationId, String sku, int quantity) {
        ReservationLine line = new ReservationLine();
        line.reservationId = reservationId;
        line.sku = sku;
        line.quantity = quantity;
        return line;
    }

    /** Sorted by SKU. */
    static List<ReservationLine> of(String reservationId) {
        return list("reservationId = ?1 order by sku", reservationId);
    }

    public static class Key implements Serializable {
        public String reservationId;
        public String sku;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reservationId, key.reservationId)
                    && Objects.equals(sku, key.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reservationId, sku);
        }
    }
}
