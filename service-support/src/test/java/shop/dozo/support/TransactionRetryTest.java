package shop.dozo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.api.Problem;
import shop.dozo.testsupport.MariaDbTestResource;

/** The retry against a real MariaDB: a real deadlock between two connections, and errors it must leave alone. */
class TransactionRetryTest {
    private static MariaDbTestResource database;
    private static String url;

    @BeforeAll
    static void startDatabase() {
        database = new MariaDbTestResource();
        Map<String, String> settings = database.start();
        url = settings.get("quarkus.datasource.jdbc.url");
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @BeforeEach
    void freshTables() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS counter");
            sql.execute("DROP TABLE IF EXISTS filler");
            sql.execute("CREATE TABLE counter (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB");
            sql.execute("CREATE TABLE filler (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(20)) ENGINE=InnoDB");
            sql.execute("INSERT INTO counter VALUES (1, 0), (2, 0)");
        }
    }

    @Test
    void aDeadlockVictimIsRunAgainAndSucceeds() throws Exception {
        CountDownLatch rivalHoldsRow1 = new CountDownLatch(1);
        CountDownLatch stepHoldsRow2 = new CountDownLatch(1);
        // The rival has written more, so InnoDB keeps it and chooses the retried step as the victim.
        CompletableFuture<Void> rival = CompletableFuture.runAsync(() -> {
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (int i = 0; i < 50; i++) {
                    sql.execute("INSERT INTO filler (note) VALUES ('rival')");
                }
                sql.executeUpdate("UPDATE counter SET v = v + 1 WHERE id = 1");
                rivalHoldsRow1.countDown();
                await(stepHoldsRow2);
                sql.executeUpdate("UPDATE counter SET v = v + 1 WHERE id = 2");
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> failures = new CopyOnWriteArrayList<>();
        String answer = TransactionRetry.call(() -> {
            int attempt = attempts.incrementAndGet();
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                if (attempt == 1) {
                    await(rivalHoldsRow1);
                }
                sql.executeUpdate("UPDATE counter SET v = v + 10 WHERE id = 2");
                stepHoldsRow2.countDown();
                sql.executeUpdate("UPDATE counter SET v = v + 10 WHERE id = 1");
                connection.commit();
                return "done in attempt " + attempt;
            } catch (SQLException e) {
                failures.add(e.getErrorCode());
                // As Hibernate and the transaction layer hand it on: wrapped.
                throw new IllegalStateException("could not execute statement", e);
            }
        });
        rival.get(30, TimeUnit.SECONDS);

        assertEquals(List.of(1213), failures, "the first attempt was a real deadlock victim, the second went through");
        assertEquals("done in attempt 2", answer);
        assertEquals(11, value(1));
        assertEquals(11, value(2));
    }

    @Test
    void aNonRetryableSqlErrorIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException thrown = new IllegalStateException("first");
        RuntimeException failure = assertThrows(RuntimeException.class, () -> TransactionRetry.call(() -> {
            attempts.incrementAndGet();
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO counter VALUES (1, 5)"); // 1062: the row is there
                return "inserted";
            } catch (SQLException e) {
                thrown.initCause(e);
                throw thrown;
            }
        }));
        assertSame(thrown, failure, "thrown as it is, not as a 503");
        assertEquals(1062, ((SQLException) failure.getCause()).getErrorCode());
        assertEquals(1, attempts.get());
    }

    @Test
    void aLockWaitTimeoutIsRetriedAndWhenRetriesAreUsedUpTheAnswerIsA503WithRetryAfter() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> failures = new CopyOnWriteArrayList<>();
        try (Connection holder = connect(); Statement hold = holder.createStatement()) {
            holder.setAutoCommit(false);
            hold.executeUpdate("UPDATE counter SET v = 99 WHERE id = 1"); // held for the whole test
            ServiceUnavailable gaveUp = assertThrows(ServiceUnavailable.class, () -> TransactionRetry.call(() -> {
                attempts.incrementAndGet();
                try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                    sql.execute("SET SESSION innodb_lock_wait_timeout = 1");
                    connection.setAutoCommit(false);
                    sql.executeUpdate("UPDATE counter SET v = 1 WHERE id = 1");
                    connection.commit();
                    return "updated";
                } catch (SQLException e) {
                    failures.add(e.getErrorCode());
                    throw new IllegalStateException("could not execute statement", e);
                }
            }));
            holder.rollback();
            assertEquals(TransactionRetry.ATTEMPTS, attempts.get());
            assertEquals(List.of(1205, 1205, 1205, 1205, 1205), failures);
            assertEquals(503, gaveUp.problem().status());
            assertEquals("Service Unavailable", gaveUp.problem().title());
            assertEquals(1, gaveUp.retryAfterSeconds());
            assertTrue(TransactionRetry.isRetryable(gaveUp.getCause()), "the last failure stays as the cause");
        }
        assertEquals(0, value(1));
    }

    @Test
    void retriesUsedUpAreAnsweredAsA503ProblemWithRetryAfter() {
        ServiceUnavailable gaveUp =
                new ServiceUnavailable("busy", java.time.Duration.ofMillis(1), new RuntimeException());
        jakarta.ws.rs.core.Response answer = new ProblemMappers().serviceUnavailable(gaveUp, null);
        assertEquals(503, answer.getStatus());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        assertEquals("1", answer.getHeaderString("Retry-After"));
        assertEquals("busy", ((Problem) answer.getEntity()).detail());
    }

    @Test
    void anExtraRetryableErrorIsRetriedButNeverBecomesA503() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException raced =
                new IllegalStateException(new SQLIntegrityConstraintViolationException("dup", "23000", 1062));
        assertEquals("won", TransactionRetry.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw raced;
            }
            return "won";
        }, TransactionRetry.sqlError(1062)));
        assertEquals(3, attempts.get());

        attempts.set(0);
        assertSame(raced, assertThrows(RuntimeException.class, () -> TransactionRetry.call(() -> {
            attempts.incrementAndGet();
            throw raced;
        }, TransactionRetry.sqlError(1062))));
        assertEquals(TransactionRetry.ATTEMPTS, attempts.get());
    }

    @Test
    void itKnowsEachRetryableFormAndNoOther() {
        // Galera's certification failure: no Galera here, so as the driver reports it.
        assertTrue(TransactionRetry.isRetryable(new RuntimeException(new SQLTransactionRollbackException(
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                "40001", 1213))));
        assertTrue(TransactionRetry.isRetryable(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertTrue(TransactionRetry.isRetryable(new SQLException("serialization failure", "40001", 0)));
        // Kept as a suppressed exception of the rollback, as Narayana does.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
        assertTrue(TransactionRetry.isRetryable(new RuntimeException("Error invoking subclass method", rollback)));

        assertFalse(TransactionRetry
                .isRetryable(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000", 1062))));
        assertFalse(TransactionRetry.isRetryable(new SQLException("Table 'x' doesn't exist", "42S02", 1146)));
        assertFalse(TransactionRetry.isRetryable(new IllegalArgumentException("no SQL at all")));
    }

    @Test
    void thePausesGrowAndStaySmall() {
        for (int i = 0; i < 200; i++) {
            long first = TransactionRetry.pauseMillis(1);
            long last = TransactionRetry.pauseMillis(TransactionRetry.ATTEMPTS - 1);
            assertTrue(first >= 10 && first <= 20, "first pause " + first);
            assertTrue(last >= 80 && last <= 160, "last pause " + last);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
    }

    private static int value(int id) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT v FROM counter WHERE id = " + id)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other connection never got its row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
