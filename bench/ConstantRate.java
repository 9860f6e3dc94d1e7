import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests one URL at a constant rate and reports latency percentiles, measured from when each request was due
 * (so a stalled server cannot hide its queueing). A benchmark, not a test: it prints figures.
 *
 * <pre>java bench/ConstantRate.java http://127.0.0.1:8080/product/CP-LINER-01 200 60</pre>
 */
public class ConstantRate {
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < rate; i++) { // warm-up: connections, JIT, caches
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long due = start + sent.get() * periodNanos;
            if (sent.incrementAndGet() > total) {
                return;
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                } else {
                    latencies.add(System.nanoTime() - due);
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (latencies.size() + failures.get() < total && System.nanoTime() - start < (seconds + 30) * 1_000_000_000L) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s at %d req/s for %d s: %d ok, %d failed%n", url, rate, seconds, sorted.size(), failures.get());
        for (double p : new double[] { 50, 90, 99, 99.9 }) {
            System.out.printf("  p%-5s %7.2f ms%n", p, sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6);
        }
        System.out.printf("  max    %7.2f ms%n", sorted.get(sorted.size() - 1) / 1e6);
        System.exit(0);
    }
}
