package shop.dozo.launcher.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The archived binary logs that carry a full backup forward to a target time, checked to be a chain without gaps
 * or damage before anything is replayed: a restore "around" a missing log would silently lose its transactions.
 */
final class BinlogChain {
    /** A log is closed a moment before it is stored; this much slack keeps a log whose events may precede the target. */
    private static final Duration STORE_SLACK = Duration.ofSeconds(5);

    record Link(String key, String name, Instant storedAt) {
    }

    private BinlogChain() {
    }

    /**
     * The logs from the full backup's own log up to the first one stored after the target (its successors hold only
     * later events); all of them when the target is null.
     */
    static List<Link> needed(ObjectStore offsite, FullBackup.Info full, Instant target) {
        String prefix = BinlogArchiver.prefix(full.timeline());
        SortedMap<String, Instant> stored = offsite.listWithTimes(prefix);
        List<Link> logs = new ArrayList<>();
        stored.forEach((key, at) -> {
            String name = key.substring(prefix.length());
            if (!name.endsWith(BinlogArchiver.CHECKSUM) && name.compareTo(full.binlogFile()) >= 0) {
                logs.add(new Link(key, name, at));
            }
        });
        List<Link> chain = new ArrayList<>();
        for (Link log : logs) {
            Link previous = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            long expected = previous == null ? number(full.binlogFile()) : number(previous.name()) + 1;
            if (number(log.name()) != expected) {
                throw gap(full, previous, log, expected);
            }
            chain.add(log);
            if (target != null && log.storedAt().isAfter(target.plus(STORE_SLACK))) {
                break;
            }
        }
        return chain;
    }

    /** Refuses a log whose bytes differ from the checksum recorded when it was archived. */
    static void verify(ObjectStore offsite, FullBackup.Info full, Link previous, Link log, Path downloaded) {
        String checksumKey = log.key() + BinlogArchiver.CHECKSUM;
        if (!offsite.exists(checksumKey)) {
            return; // archived before checksums were kept; mariadb-binlog still checks each event's CRC32
        }
        String expected = offsite.getText(checksumKey).strip();
        String actual = FullBackup.sha256Of(downloaded);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("The archived binary log " + log.name() + " is damaged off-site (SHA-256 "
                    + actual + ", recorded " + expected + " when it was archived). Its transactions cannot be "
                    + "replayed, so the restore was refused rather than restoring around them. "
                    + (previous == null ? "Restore to a time before " + full.takenAt() + " from an older full backup."
                            : reachable(previous)));
        }
    }

    private static IllegalStateException gap(FullBackup.Info full, Link previous, Link next, long expected) {
        String missing = expected == number(next.name()) - 1 ? name(expected)
                : name(expected) + " to " + name(number(next.name()) - 1);
        return new IllegalStateException("The archived binary logs have a gap: " + missing + " is missing off-site"
                + (previous == null ? " (the full backup " + full.key() + " continues in " + full.binlogFile() + ")"
                        : " between " + previous.name() + " and " + next.name())
                + ". Restoring around it would silently lose its transactions, so the restore was refused. "
                + (previous == null ? "Restore to a time before " + full.takenAt() + " from an older full backup."
                        : reachable(previous)));
    }

    private static String reachable(Link lastGood) {
        Instant safe = lastGood.storedAt().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        return "The archive reaches, without it, up to about " + safe + ": ./dozo restore --to " + safe;
    }

    static long number(String binlogName) {
        int dot = binlogName.lastIndexOf('.');
        try {
            return Long.parseLong(binlogName.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Not a binary log name: " + binlogName, e);
        }
    }

    private static String name(long number) {
        return String.format("binlog.%06d", number);
    }
}
