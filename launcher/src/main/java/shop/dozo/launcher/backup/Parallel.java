package shop.dozo.launcher.backup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one object-store call per key on a few threads. Each call is a round trip that mostly waits, so at shop
 * scale (thousands of images) doing them one after another made the media part of a restore take minutes.
 */
final class Parallel {
    static final int THREADS = 4;

    private Parallel() {
    }

    /** {@code call} applied to every key, by key; the first failure is thrown once the others have stopped. */
    static <T> Map<String, T> map(List<String> keys, Function<String, T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "object-store");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<T>> pending = new TreeMap<>();
            for (String key : keys) {
                pending.put(key, pool.submit(() -> call.apply(key)));
            }
            Map<String, T> results = new TreeMap<>();
            for (Map.Entry<String, Future<T>> entry : pending.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
