package shop.dozo.catalog.stock;

import java.time.Instant;
import java.util.List;

public record ReservationView(String reservationId, String status, List<ReservationRequest.Item> items,
        Instant expiresAt) {
}
