package shop.dozo.launcher.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ends a mariadb-dump that stops sending rows. MariaDB never fails a write for lack of disk space: it waits, "for
 * someone to free space", so a dump (which rotates the binary log) on a full disk would otherwise hang forever.
 * JDK streams have no read timeout on a pipe, hence this small watchdog.
 */
final class StalledDump implements AutoCloseable {
    /** How long a dump may send nothing before it is ended; settable because tests provoke the stall. */
    static Duration limit() {
        return Duration.ofSeconds(Tuning.wholeNumber("DOZO_DUMP_STALL_SECONDS", 300));
    }

    private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dump-stall-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration limit;
    private final Path dataDir;
    private volatile boolean ended;

    StalledDump(Process dump, Duration limit, Path dataDir) {
        this.limit = limit;
        this.dataDir = dataDir;
        timer.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastProgress.get() > limit.toNanos()) {
                ended = true;
                shop.dozo.backing.ManagedProcess.killTree(dump.toHandle());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** {@code out}, noting each write as progress. */
    OutputStream watching(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                lastProgress.set(System.nanoTime());
                out.write(bytes, offset, length);
            }
        };
    }

    /** Why the dump was ended, if it was: with the disk's free space, since a full disk is the usual cause. */
    String reason() {
        if (!ended) {
            return null;
        }
        long free;
        try {
            free = Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            free = -1;
        }
        String disk = free >= 0 && free < 16L * 1024 * 1024
                ? "No space left on device: the disk holding " + dataDir + " has " + free
                        + " bytes free, and MariaDB waits, without answering, until there is room. Free some space"
                : "MariaDB did not answer; see its log in the data folder's logs/ (" + free + " bytes free on "
                        + dataDir + ")";
        return "mariadb-dump sent nothing for " + limit.toSeconds() + " s and was stopped. " + disk
                + ", then run it again.";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
