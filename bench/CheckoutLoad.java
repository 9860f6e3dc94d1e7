import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole checkout flow as launcher's Shopper and FailoverLoad call it (new cart, one unit of one SKU, checkout
 * with a fresh Idempotency-Key), by N closed-loop shoppers for S seconds. Reports orders/s, latency of the whole
 * flow (p50/p99/max), placed and failed, and checks the stock: for every SKU, units sold by the run (the drop of
 * catalog-service's {@code available}) must equal the orders placed for it (none lost, none counted twice) and
 * never exceed the stock at the start (nothing oversold). A benchmark, not a test: it prints figures.
 *
 * <pre>
 * java bench/CheckoutLoad.java http://127.0.0.1:8702 http://127.0.0.1:8701 32 15 [SKU,SKU,...]
 * </pre>
 *
 * Without SKUs it shops every product with stock left, spread over the shoppers. With {@code DOZO_STAFF_TOKEN}
 * (a staff JWT) it first tops each SKU up to {@code DOZO_BENCH_STOCK} (default 5000) units with a stock
 * adjustment, so a run measures checkout and not sold-out answers.
 */
public class CheckoutLoad {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"orderNumber\"\\s*:\\s*\"([A-Z0-9-]+)\"");
    private static final Pattern PRODUCT = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"[^{}]*?\"available\"\\s*:\\s*(\\d+|null)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/CheckoutLoad.java <cartUrl> <catalogUrl> <shoppers> <seconds> [SKU,...]");
            System.exit(2);
        }
        String cart = args[0].replaceAll("/$", "");
        String catalog = args[1].replaceAll("/$", "");
        int shoppers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> skus = args.length > 4 ? List.of(args[4].split(",")) : skusWithStock(catalog);
        String staff = System.getenv("DOZO_STAFF_TOKEN");
        if (staff != null && !staff.isBlank()) {
            topUp(catalog, staff, skus, Integer.parseInt(System.getenv().getOrDefault("DOZO_BENCH_STOCK", "5000")));
        }
        for (int i = 0; i < Math.min(20, shoppers); i++) { // warm-up: connections and JIT, not counted
            shop(cart, skus.get(i % skus.size()), "warm-" + i);
        }
        Map<String, Integer> before = available(catalog, skus);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> placedBySku = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger soldOut = new AtomicInteger();
        AtomicLong counter = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(shoppers);
        for (int s = 0; s < shoppers; s++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long n = counter.incrementAndGet();
                        String sku = skus.get((int) (n % skus.size()));
                        long t0 = System.nanoTime();
                        String outcome = shop(cart, sku, "load-" + n);
                        long took = System.nanoTime() - t0;
                        if (outcome == null) {
                            latencies.add(took);
                            placedBySku.computeIfAbsent(sku, k -> new AtomicInteger()).incrementAndGet();
                        } else if (outcome.startsWith("checkout 409")) {
                            soldOut.incrementAndGet();
                        } else {
                            failures.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Thread.sleep(500); // a commit catalog-service missed is the follow-up job's; give a moment, then read
        Map<String, Integer> after = available(catalog, skus);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int placed = sorted.size();
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("checkout flow (new cart, add 1, checkout), %d shoppers, %.1f s, %d SKUs%n", shoppers,
                elapsed, skus.size());
        System.out.printf("  orders/s %8.1f%n", placed / elapsed);
        System.out.printf("  placed   %8d   sold out (409) %d   failed %d %s%n", placed, soldOut.get(), failed,
                failures.isEmpty() ? "" : failures);
        if (!sorted.isEmpty()) {
            System.out.printf("  p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", pct(sorted, 50), pct(sorted, 99),
                    sorted.get(sorted.size() - 1) / 1e6);
        }
        int oversold = 0;
        int lost = 0;
        for (String sku : skus) {
            Integer b = before.get(sku);
            Integer a = after.get(sku);
            int orders = placedBySku.getOrDefault(sku, new AtomicInteger()).get();
            if (b == null || a == null) {
                continue; // a product without a stock record is not limited
            }
            int sold = b - a;
            if (orders > b || a < 0) {
                oversold += Math.max(orders - b, -a);
            }
            if (sold != orders) {
                lost += Math.abs(sold - orders);
                System.out.printf("  %s: stock fell by %d but %d orders were placed%n", sku, sold, orders);
            }
        }
        System.out.printf("  stock check: oversold %d, sold units not matching orders %d%n", oversold, lost);
    }

    /** One shopper's order; null when placed, else what went wrong. */
    private static String shop(String cart, String sku, String who) {
        try {
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(cart + "/api/carts"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (created.statusCode() != 201) {
                return "new cart " + created.statusCode();
            }
            Matcher token = TOKEN.matcher(created.body());
            if (!token.find()) {
                return "new cart without token";
            }
            String url = cart + "/api/carts/" + token.group(1);
            HttpResponse<String> added = send(HttpRequest.newBuilder(URI.create(url + "/items/" + sku))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}")));
            if (added.statusCode() != 200) {
                return (added.statusCode() == 409 ? "checkout 409" : "add item " + added.statusCode());
            }
            String body = """
                    {"fullName":"佐藤 みどり","email":"%s@dozo.test","postalCode":"060-0001","prefecture":"北海道",
                     "city":"札幌市中央区","street":"北1条西2-3","phone":"011-123-4567","paymentMethod":"cash_on_delivery",
                     "fullNameKana":"サトウ ミドリ","privacyConsent":true}""".formatted(who + "-" + UUID.randomUUID());
            HttpResponse<String> order = send(HttpRequest.newBuilder(URI.create(url + "/checkout"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (order.statusCode() == 201 && NUMBER.matcher(order.body()).find()) {
                return null;
            }
            return "checkout " + order.statusCode();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> skusWithStock(String catalog) throws Exception {
        List<String> skus = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            String body = send(HttpRequest.newBuilder(URI.create(catalog + "/api/products?size=100&page=" + page)))
                    .body();
            Matcher product = PRODUCT.matcher(body);
            int found = 0;
            while (product.find()) {
                found++;
                if (!"null".equals(product.group(2)) && Integer.parseInt(product.group(2)) > 0) {
                    skus.add(product.group(1));
                }
            }
            if (found < 100) {
                break;
            }
        }
        if (skus.isEmpty()) {
            throw new IllegalStateException("no product with stock at " + catalog);
        }
        return skus;
    }

    private static Map<String, Integer> available(String catalog, List<String> skus) throws Exception {
        Map<String, Integer> result = new HashMap<>();
        StringBuilder query = new StringBuilder();
        for (String sku : skus) {
            query.append(query.isEmpty() ? "?" : "&").append("sku=").append(sku);
        }
        Matcher product = PRODUCT.matcher(
                send(HttpRequest.newBuilder(URI.create(catalog + "/api/products/by-skus" + query))).body());
        while (product.find()) {
            if (!"null".equals(product.group(2))) {
                result.put(product.group(1), Integer.parseInt(product.group(2)));
            }
        }
        return result;
    }

    private static void topUp(String catalog, String staff, List<String> skus, int target) throws Exception {
        Map<String, Integer> now = available(catalog, skus);
        for (Map.Entry<String, Integer> entry : new LinkedHashMap<>(now).entrySet()) {
            int delta = target - entry.getValue();
            if (delta <= 0) {
                continue;
            }
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                    URI.create(catalog + "/api/staff/stock/" + entry.getKey() + "/adjustments"))
                    .header("Authorization", "Bearer " + staff).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"delta\":" + delta + ",\"reason\":\"delivery\",\"note\":\"bench\"}")));
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("top-up of " + entry.getKey() + ": " + answer.statusCode() + " "
                        + answer.body());
            }
        }
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * p / 100) - 1)) / 1e6;
    }
}
