package shop.dozo.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class DatabaseAwayTest {

    @Test
    void aRefusedConnectionFromTheRealDriverIsTheDatabaseBeingAway() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = null;
        try {
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + closedPort + "/x?connectTimeout=500", "u", "p")
                    .close();
        } catch (SQLException e) {
            refused = e;
        }
        assertTrue(refused != null, "nothing listens on " + closedPort);
        // As Hibernate and Agroal hand it on: wrapped.
        assertTrue(DatabaseAway.causedBy(new IllegalStateException("could not execute statement", refused)),
                refused.getClass().getName() + " state " + refused.getSQLState());
    }

    @Test
    void aPoolThatGetsNoConnectionInTimeIsTheDatabaseBeingAway() throws Exception {
        // A node that accepts the TCP connection and then says nothing, as a frozen writer does mid-failover.
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                io.agroal.api.AgroalDataSource pool = io.agroal.api.AgroalDataSource.from(
                        new io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier()
                                .connectionPoolConfiguration(cp -> cp.maxSize(1)
                                        .acquisitionTimeout(java.time.Duration.ofMillis(300))
                                        .connectionFactoryConfiguration(cf -> cf.jdbcUrl("jdbc:mariadb://127.0.0.1:"
                                                + silent.getLocalPort()
                                                + "/x?connectTimeout=20000&socketTimeout=20000"))))) {
            SQLException timedOut = null;
            try {
                pool.getConnection().close();
            } catch (SQLException e) {
                timedOut = e;
            }
            assertTrue(timedOut != null, "the silent server handed out a connection");
            assertTrue(DatabaseAway.causedBy(new IllegalStateException("Unable to acquire JDBC Connection", timedOut)),
                    timedOut + " state " + timedOut.getSQLState());
        }
    }

    @Test
    void aDeadlockOrAGaleraCertificationConflictIsTransient() {
        assertTrue(DatabaseAway.causedBy(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(DatabaseAway
                .causedBy(new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047)));
    }

    @Test
    void aCommitLostWithItsConnectionIsTheDatabaseBeingAway() {
        // As Narayana reports it: the socket error is suppressed on the rollback, not its cause.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new java.sql.SQLNonTransientConnectionException("Socket error", "08000"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseAway.causedBy(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aWrongRequestIsNot() {
        assertFalse(DatabaseAway
                .causedBy(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000", 1062))));
        assertFalse(DatabaseAway.causedBy(new SQLSyntaxErrorException("bad", "42000", 1064)));
        assertFalse(DatabaseAway.causedBy(new IllegalArgumentException("no SQL at all")));
    }
}
