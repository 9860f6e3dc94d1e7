package shop.dozo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import shop.dozo.support.NdjsonTables;
import shop.dozo.support.ProblemException;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;

/** An archive import turns foreign-key checks off for its own transaction only, even when it fails. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ArchiveImportSessionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailedImportGivesItsPooledConnectionBackWithForeignKeyChecksOn() throws Exception {
        byte[] damaged = "{\"id\":\"x\"}\nnot json\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(ProblemException.class,
                () -> NdjsonTables.importRows(dataSource, "media", new ByteArrayInputStream(damaged)));
        // The pool hands this thread the connection it just gave back.
        try (Connection again = dataSource.getConnection(); Statement s = again.createStatement();
                ResultSet row = s.executeQuery("SELECT @@SESSION.foreign_key_checks")) {
            row.next();
            assertEquals(1, row.getInt(1), "the next user of the connection gets foreign-key checks");
        }
    }
}
