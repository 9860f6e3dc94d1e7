package shop.dozo.review.export;

import jakarta.persistence.Query;

/** Small helpers for writing archive rows with plain SQL. */
final class Records {
    private Records() {
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    /**
     * Binds ?1..?n. Instants go in as instants, so Hibernate stores them the way the entities are stored
     * (jdbc.timezone=UTC); a LocalDateTime would be read in the JVM's zone and shift on a laptop in Japan.
     */
    static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }
}
