package shop.dozo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table options; the rows themselves are tested against MariaDB by each service's archive tests. */
class NdjsonTablesTest {

    @Test
    void camelCaseFieldsAreTheNamesReviewArchivesAlwaysHad() {
        assertEquals("withdrawKeyHash", NdjsonTables.camelCase("withdraw_key_hash"));
        assertEquals("reviewId", NdjsonTables.camelCase("review_id"));
        assertEquals("id", NdjsonTables.camelCase("id"));
        NdjsonTables.Table table = NdjsonTables.Table.of("review").withCamelCaseFields();
        assertEquals("createdAt", table.field("created_at"));
        assertEquals("created_at", NdjsonTables.Table.of("review").field("created_at"));
    }

    @Test
    void aPlainTableHasEveryColumnAndNoCheck() {
        NdjsonTables.Table table = NdjsonTables.Table.of("product");
        assertEquals(Set.of(), table.excluded());
        assertNull(table.check());
        NdjsonTables.Table review = table.excluding("client_hash").withCamelCaseFields();
        assertEquals(Set.of("client_hash"), review.excluded());
        assertThrows(UnsupportedOperationException.class, () -> review.excluded().add("body"));
    }
}
