package shop.dozo.review.export;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small helpers for writing archive rows with plain SQL. */
final class Records {
    private Records() {
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    /** Binds ?1..?n; instants as UTC wall-clock time, the way the entities store them (jdbc.timezone=UTC). */
    static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : values[i];
            query.setParameter(i + 1, value);
        }
        return query;
    }
}
