package shop.dozo.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/**
 * A constant, bounded load on the cluster's HAProxy frontends: 3 checkouts a second (new cart, one item, checkout
 * with an Idempotency-Key) and 5 product-page views a second. A failed step is retried, with the same key for the
 * checkout, as a shopper's browser would; every failed request is recorded with its time.
 */
final class FailoverLoad implements AutoCloseable {
    private static final Pattern NUMBER = Pattern.compile("\"orderNumber\"\\s*:\\s*\"([A-Z0-9-]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    record Checkout(long started, long finished, boolean clean) {
    }

    /** A failed shopper request: when, which step, and what came back (a status or why nothing did). */
    record Failure(long at, String step, String cause) {
    }

    private final LocalStack stack;
    private final List<String> skus;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService shoppers = Executors.newFixedThreadPool(24);
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong counter = new AtomicLong();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Checkout> checkouts = new ConcurrentLinkedQueue<>();
    /** This shopper thread's failed requests, so a checkout knows whether it went through without one. */
    private final ThreadLocal<int[]> failedHere = ThreadLocal.withInitial(() -> new int[1]);

    FailoverLoad(LocalStack stack, List<String> skus) {
        this.stack = stack;
        this.skus = skus;
        clock.scheduleAtFixedRate(() -> submit(this::checkout), 0, 333, TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> submit(this::browse), 100, 200, TimeUnit.MILLISECONDS);
    }

    /** Lets the load run for a while. */
    void run(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    /** Stops new shoppers and waits for the ones under way, so the checks see a quiet shop. */
    void pause() throws InterruptedException {
        paused.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    void resume() {
        paused.set(false);
    }

    List<String> acknowledged() {
        return new ArrayList<>(acknowledged);
    }

    Phase beginPhase() {
        return new Phase(System.nanoTime(), acknowledged.size());
    }

    private void submit(Runnable shopper) {
        if (paused.get()) {
            return;
        }
        inFlight.incrementAndGet();
        shoppers.execute(() -> {
            try {
                shopper.run();
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void browse() {
        String sku = skus.get((int) (counter.incrementAndGet() % skus.size()));
        attempt("product page", () -> new ShopApi(null).get(stack.url("storefront") + "/product/" + sku), 1);
    }

    private void checkout() {
        long started = System.nanoTime();
        long n = counter.incrementAndGet();
        String sku = skus.get((int) (n % skus.size()));
        int failedBefore = failedHere.get()[0];
        ShopApi api = new ShopApi(null);
        String cartUrl = stack.url("cart-service") + "/api/carts";
        ShopApi.Reply cart = attempt("new cart", () -> api.post(cartUrl, ""), 20);
        Matcher token = cart == null ? null : TOKEN.matcher(cart.body());
        if (token == null || !token.find()) {
            return;
        }
        String url = cartUrl + "/" + token.group(1);
        if (attempt("add item", () -> api.put(url + "/items/" + sku, "{\"quantity\":1}"), 20) == null) {
            return;
        }
        String key = UUID.randomUUID().toString();
        String body = """
                {"fullName":"佐藤 みどり","email":"ft-%d@dozo.test","postalCode":"060-0001","prefecture":"北海道",
                 "city":"札幌市中央区","street":"北1条西2-3","phone":"011-123-4567","paymentMethod":"cash_on_delivery",
                 "fullNameKana":"サトウ ミドリ","privacyConsent":true}"""
                .formatted(n);
        ShopApi.Reply order =
                attempt("checkout", () -> api.postWithHeader(url + "/checkout", "Idempotency-Key", key, body), 20);
        if (order != null && order.status() == 201) {
            Matcher number = NUMBER.matcher(order.body());
            if (number.find()) {
                acknowledged.add(number.group(1));
                checkouts.add(new Checkout(started, System.nanoTime(), failedHere.get()[0] == failedBefore));
            }
        }
    }

    /** Up to {@code tries} tries, 250 ms apart; a 5xx or an unreachable frontend is a failed request. */
    private ShopApi.Reply attempt(String step, java.util.function.Supplier<ShopApi.Reply> request, int tries) {
        for (int i = 0; i < tries; i++) {
            String cause;
            try {
                ShopApi.Reply reply = request.get();
                if (reply.status() < 500) {
                    return reply.ok() ? reply : null;
                }
                cause = reply.status() + " " + firstLine(reply.body());
            } catch (IllegalStateException e) {
                cause = e.getMessage();
            }
            failures.add(new Failure(System.nanoTime(), step, cause));
            failedHere.get()[0]++;
            sleep(250);
        }
        return null;
    }

    private static String firstLine(String body) {
        String line = body.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) : line;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        shoppers.shutdown();
        shoppers.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** One fault's stretch of the load, from just before the fault to the checks after recovery. */
    final class Phase {
        private final long begun;
        private final int acknowledgedBefore;

        Phase(long begun, int acknowledgedBefore) {
            this.begun = begun;
            this.acknowledgedBefore = acknowledgedBefore;
        }

        Figures end(String fault, long injected, Checks checks) {
            List<Failure> failed = failures.stream().filter(f -> f.at() >= begun)
                    .sorted(java.util.Comparator.comparingLong(Failure::at)).toList();
            for (Failure f : failed) {
                System.out.printf("  %+.1f s after the fault: %s failed: %s%n", (f.at() - injected) / 1e9, f.step(),
                        f.cause());
            }
            long recovered = checkouts.stream().filter(c -> c.started() > injected && c.clean())
                    .mapToLong(c -> (c.finished() - injected) / 1_000_000).min().orElse(-1);
            int internalErrors = (int) failed.stream().filter(f -> f.cause().startsWith("500")).count();
            return new Figures(fault, acknowledged.size() - acknowledgedBefore, checks, failed.size(), internalErrors,
                    errorWindowMillis(failed), bursts(failed), recovered);
        }
    }

    /**
     * Failures less than 2 s apart belong to one burst. The error window of a fault is the sum of its bursts'
     * lengths: two short bursts far apart (the kill, then the node's return) are not one long window.
     */
    static long errorWindowMillis(List<Failure> failed) {
        long sum = 0;
        for (long[] burst : burstSpans(failed)) {
            sum += burst[1] - burst[0];
        }
        return sum / 1_000_000;
    }

    static int bursts(List<Failure> failed) {
        return burstSpans(failed).size();
    }

    private static List<long[]> burstSpans(List<Failure> failed) {
        List<long[]> spans = new ArrayList<>();
        for (Failure f : failed) {
            long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && f.at() - last[1] < 2_000_000_000L) {
                last[1] = f.at();
            } else {
                spans.add(new long[]{f.at(), f.at()});
            }
        }
        return spans;
    }

    /** What was checked on the data with the load paused; every count must be 0 and the nodes equal. */
    record Checks(int lost, int duplicated, int oversold, int withoutStockMovement, int staffEditsLost,
            boolean nodesEqual) {
    }

    record Figures(String fault, int acknowledged, Checks checks, int failedRequests, int internalErrors,
            long errorWindowMillis,
            int errorBursts, long recoveredAfterMillis) {

        static String table(List<Figures> all) {
            StringBuilder text = new StringBuilder("| fault | orders acknowledged | lost | duplicated | oversold "
                    + "| without stock movement | staff edits lost | failed shopper requests (500s) "
                    + "| error window (bursts) | checkout works again after | nodes equal |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Figures f : all) {
                Checks c = f.checks();
                text.append(String.format(
                        "| %s | %d | %d | %d | %d | %d | %d | %d (%d) | %.1f s (%d) | %.1f s | %s |%n",
                        f.fault(), f.acknowledged(), c.lost(), c.duplicated(), c.oversold(), c.withoutStockMovement(),
                        c.staffEditsLost(), f.failedRequests(), f.internalErrors(), f.errorWindowMillis() / 1000.0,
                        f.errorBursts(),
                        f.recoveredAfterMillis() / 1000.0, c.nodesEqual() ? "yes" : "NO"));
            }
            return text.toString();
        }
    }
}
