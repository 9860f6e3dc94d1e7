import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generators of bench/perf.sh that wrk cannot be: a latency-against-rate sweep at constant rates
 * (latency measured from when each request was due, as in ConstantRate.java, so a stalled server cannot hide its
 * queueing), the checkout flow as cart-service's API does it (new cart, one item, checkout with an
 * Idempotency-Key), its counts (placed, failed, oversold, lost), and the SVG plot. A benchmark: it prints figures
 * and asserts nothing.
 *
 * <pre>
 * java bench/PerfLoad.java sweep SERIES URL 250,500,1000 SECONDS
 * java bench/PerfLoad.java checkout-sweep SERIES CART_URL 10,20,40 SECONDS SKU[,SKU...]
 * DOZO_OWNER_PASSWORD=... java bench/PerfLoad.java checkout CART_URL CATALOG_URL CONTENT_URL SHOPPERS SECONDS SKUS OVERSELL_SKU STOCK TRIES
 * java bench/PerfLoad.java svg OUT.svg POINTS.tsv
 * </pre>
 */
public class PerfLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
    static final Pattern NUMBER = Pattern.compile("\"orderNumber\"\\s*:\\s*\"([A-Za-z0-9-]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "sweep" -> sweep(args[1], rates(args[3]), Integer.parseInt(args[4]), () -> get(args[2]));
            case "checkout-sweep" -> {
                List<String> skus = List.of(args[5].split(","));
                AtomicInteger n = new AtomicInteger();
                sweep(args[1], rates(args[3]), Integer.parseInt(args[4]),
                        () -> checkoutFlow(args[2], skus.get(n.getAndIncrement() % skus.size())));
            }
            case "checkout" -> checkout(args);
            case "svg" -> Files.writeString(Path.of(args[1]), svg(Files.readAllLines(Path.of(args[2]))));
            default -> throw new IllegalArgumentException("sweep | checkout-sweep | checkout | svg");
        }
        System.exit(0);
    }

    static List<Integer> rates(String list) {
        List<Integer> rates = new ArrayList<>();
        for (String rate : list.split(",")) {
            rates.add(Integer.parseInt(rate.trim()));
        }
        return rates;
    }

    // ------------------------------------------------------------------------------------------ constant rate

    /**
     * One step per rate, each {@code seconds} long, stopping after the first step where the server saturates:
     * p99 over 1 s, more than 1 % failed, or under 90 % of the rate answered. Prints one "point" line per step.
     */
    static void sweep(String series, List<Integer> rates, int seconds, Supplier<CompletableFuture<Boolean>> call)
            throws InterruptedException {
        for (int rate : rates) {
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            AtomicLong lastDone = new AtomicLong();
            java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
            int total = rate * seconds;
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                call.get().whenComplete((ok, error) -> {
                    long now = System.nanoTime();
                    if (error == null && ok) {
                        latencies.add(now - due);
                    } else {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, error == null ? "not 200/201" : String.valueOf(error));
                    }
                    lastDone.accumulateAndGet(now, Math::max);
                    done.incrementAndGet();
                });
            }
            long deadline = start + (seconds + 15) * 1_000_000_000L;
            while (done.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            int unanswered = total - done.get();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double elapsed = Math.max(seconds, (lastDone.get() - start) / 1e9);
            double achieved = sorted.size() / elapsed;
            double p50 = percentile(sorted, 50);
            double p99 = unanswered > 0 ? Double.NaN : percentile(sorted, 99);
            int bad = failed.get() + unanswered;
            System.out.printf(Locale.ROOT, "point\t%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t%d%n", series, rate, achieved, p50,
                    Double.isNaN(p99) ? 99_999.0 : p99, sorted.size(), bad);
            if (firstError.get() != null) {
                System.out.printf("error\t%s\t%d\t%s%n", series, rate, abbreviate(firstError.get()));
            }
            if (Double.isNaN(p99) || p99 > 1000 || bad > total / 100 || achieved < 0.9 * rate) {
                System.out.printf(Locale.ROOT, "saturated\t%s\t%d%n", series, rate);
                return;
            }
            Thread.sleep(500); // let the last step's connections settle
        }
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    static CompletableFuture<Boolean> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode() == 200);
    }

    // ------------------------------------------------------------------------------------------ checkout

    static final String BODY = """
            {"fullName":"佐藤 みどり","email":"%s","postalCode":"060-0001","prefecture":"北海道","city":"札幌市中央区",
             "street":"北1条西2-3","phone":"011-123-4567","paymentMethod":"cash_on_delivery",
             "fullNameKana":"サトウ ミドリ","privacyConsent":true}""";

    /** The result of one whole flow: the order number on a 201, else what answered where. */
    record Outcome(String orderNumber, int status, String step, String body) {
    }

    static HttpRequest json(String url, String method, String body, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return builder.build();
    }

    static CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** New cart, one unit of sku, checkout: as Shopper.java and FailoverLoad.java do it. */
    static CompletableFuture<Outcome> flow(String cartUrl, String sku) {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        return send(json(cartUrl + "/api/carts", "POST", "", null)).thenCompose(cart -> {
            if (cart.statusCode() != 201) {
                return CompletableFuture.completedFuture(new Outcome(null, cart.statusCode(), "cart", cart.body()));
            }
            String token = field(cart.body(), "token");
            return send(json(cartUrl + "/api/carts/" + token + "/items/" + sku, "PUT", "{\"quantity\":1}", null))
                    .thenCompose(added -> {
                        if (added.statusCode() != 200) {
                            return CompletableFuture.completedFuture(
                                    new Outcome(null, added.statusCode(), "add item", added.body()));
                        }
                        return send(json(cartUrl + "/api/carts/" + token + "/checkout", "POST",
                                BODY.formatted(email), UUID.randomUUID().toString())).thenApply(order -> {
                                    Matcher number = NUMBER.matcher(order.body());
                                    return order.statusCode() == 201 && number.find()
                                            ? new Outcome(number.group(1), 201, "checkout", "")
                                            : new Outcome(null, order.statusCode(), "checkout", order.body());
                                });
                    });
        }).exceptionally(error -> new Outcome(null, -1, "io", String.valueOf(error.getCause())));
    }

    static CompletableFuture<Boolean> checkoutFlow(String cartUrl, String sku) {
        return flow(cartUrl, sku).thenApply(outcome -> outcome.orderNumber() != null);
    }

    /**
     * The checkout run: raises the stock of the throughput SKUs, lets SHOPPERS shoppers check out in a closed loop
     * for SECONDS, checks every 201 has its order (staff orders API), then the oversell test: one product's stock set
     * to exactly STOCK, TRIES checkouts of it by the same shoppers, and sold against stock and its ledger.
     */
    static void checkout(String[] args) throws Exception {
        String cartUrl = args[1];
        String catalogUrl = args[2];
        String contentUrl = args[3];
        int shoppers = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        List<String> skus = List.of(args[6].split(","));
        String oversellSku = args[7];
        int stock = Integer.parseInt(args[8]);
        int tries = Integer.parseInt(args[9]);
        String staff = signIn(contentUrl, "owner@dozo.local", System.getenv("DOZO_OWNER_PASSWORD"));
        for (String sku : skus) {
            setStock(catalogUrl, staff, sku, 100_000);
        }
        // Warm-up: a few flows, so the first JIT compilations are not in the figures.
        for (int i = 0; i < 20; i++) {
            flow(cartUrl, skus.get(i % skus.size())).join();
        }

        ConcurrentLinkedQueue<String> placed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(shoppers);
        AtomicInteger next = new AtomicInteger();
        for (int s = 0; s < shoppers; s++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    Outcome outcome = flow(cartUrl, skus.get(next.getAndIncrement() % skus.size())).join();
                    if (outcome.orderNumber() != null) {
                        latencies.add(System.nanoTime() - t0);
                        placed.add(outcome.orderNumber());
                    } else {
                        failed.incrementAndGet();
                        failures.computeIfAbsent(outcome.step() + " " + outcome.status() + " " + abbreviate(outcome.body()),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int lost = lost(cartUrl, staff, new ArrayList<>(placed));
        System.out.printf(Locale.ROOT, "checkout\tshoppers=%d\tseconds=%.1f\tplaced=%d\tfailed=%d\tper_second=%.1f"
                + "\tp50=%.1f\tp99=%.1f\tlost=%d%n", shoppers, took, placed.size(), failed.get(), placed.size() / took,
                percentile(sorted, 50), percentile(sorted, 99), lost);
        failures.forEach((what, count) -> System.out.println("  failure x" + count + ": " + what));

        // Oversell: exactly `stock` units, `tries` shoppers' checkouts of them, as many at once as there are shoppers.
        setStock(catalogUrl, staff, oversellSku, stock);
        ConcurrentLinkedQueue<String> sold = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger otherFailed = new AtomicInteger();
        ExecutorService crowd = Executors.newFixedThreadPool(shoppers);
        AtomicInteger left = new AtomicInteger(tries);
        for (int s = 0; s < shoppers; s++) {
            crowd.execute(() -> {
                while (left.getAndDecrement() > 0) {
                    Outcome outcome = flow(cartUrl, oversellSku).join();
                    if (outcome.orderNumber() != null) {
                        sold.add(outcome.orderNumber());
                    } else if (outcome.status() == 409 || outcome.status() == 422) {
                        refused.incrementAndGet(); // sold out: the right answer once the stock is gone
                    } else {
                        otherFailed.incrementAndGet();
                        failures.computeIfAbsent("oversell " + outcome.step() + " " + outcome.status() + " "
                                + abbreviate(outcome.body()), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        crowd.shutdown();
        crowd.awaitTermination(600, TimeUnit.SECONDS);
        int available = Integer.parseInt(get(catalogUrl + "/api/staff/stock/" + oversellSku, staff)
                .replaceAll("(?s).*\"available\"\\s*:\\s*(-?\\d+).*", "$1"));
        long ledgerSum = 0;
        Matcher delta = Pattern.compile("\"delta\"\\s*:\\s*(-?\\d+)")
                .matcher(get(catalogUrl + "/api/staff/stock/" + oversellSku + "/ledger", staff));
        while (delta.find()) {
            ledgerSum += Long.parseLong(delta.group(1));
        }
        int oversold = Math.max(0, sold.size() - stock);
        int soldLost = lost(cartUrl, staff, new ArrayList<>(sold));
        System.out.printf(Locale.ROOT, "oversell\tstock=%d\ttries=%d\tsold=%d\trefused=%d\tfailed=%d\toversold=%d"
                + "\tavailable_after=%d\tledger_sum=%d\tledger_consistent=%s\tstock_consistent=%s\tlost=%d%n", stock, tries,
                sold.size(), refused.get(), otherFailed.get(), oversold, available, ledgerSum, ledgerSum == available,
                available == stock - sold.size(), soldLost);
        failures.entrySet().stream().filter(e -> e.getKey().startsWith("oversell"))
                .forEach(e -> System.out.println("  failure x" + e.getValue() + ": " + e.getKey()));
    }

    /** How many of these order numbers the staff orders API does not know (8 lookups at a time). */
    static int lost(String cartUrl, String staff, List<String> numbers) throws InterruptedException {
        AtomicInteger lost = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (String number : numbers) {
            pool.execute(() -> {
                try {
                    HttpResponse<String> order = HTTP.send(HttpRequest.newBuilder(
                            URI.create(cartUrl + "/api/staff/orders/" + number)).header("Authorization", "Bearer " + staff)
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (order.statusCode() != 200 || !order.body().contains(number)) {
                        lost.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    lost.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(600, TimeUnit.SECONDS);
        return lost.get();
    }

    /** Sets a product's available stock to exactly {@code units} through the staff stock API (a stocktake). */
    static void setStock(String catalogUrl, String staff, String sku, int units) throws Exception {
        int available = Integer.parseInt(get(catalogUrl + "/api/staff/stock/" + sku, staff)
                .replaceAll("(?s).*\"available\"\\s*:\\s*(-?\\d+).*", "$1"));
        if (available == units) {
            return;
        }
        HttpResponse<String> adjusted = HTTP.send(HttpRequest.newBuilder(
                URI.create(catalogUrl + "/api/staff/stock/" + sku + "/adjustments"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + staff)
                .POST(HttpRequest.BodyPublishers.ofString("{\"delta\":" + (units - available)
                        + ",\"reason\":\"stocktake\",\"note\":\"bench/perf.sh\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (adjusted.statusCode() != 200) {
            throw new IllegalStateException("stock of " + sku + ": HTTP " + adjusted.statusCode() + " " + adjusted.body());
        }
    }

    static String get(String url, String staff) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + staff).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String signIn(String contentUrl, String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(json(contentUrl + "/api/auth/token", "POST",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return field(response.body(), "accessToken");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + abbreviate(json));
        }
        return matcher.group(1);
    }

    static String abbreviate(String text) {
        String flat = String.valueOf(text).replace("\n", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    // ------------------------------------------------------------------------------------------ the plot

    /**
     * Two panels side by side, latency (log scale) against request rate (log scale): the product page (Dozo and
     * nginx, p50 and p99 each) and checkout (p50 and p99). Input: the sweep's "point" lines.
     */
    static String svg(List<String> lines) {
        Map<String, List<double[]>> series = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length >= 6 && f[0].equals("point")) {
                series.computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[4]), Double.parseDouble(f[5]) });
            }
        }
        StringBuilder out = new StringBuilder();
        int width = 860, height = 340;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        panel(out, 0, "Product page /product/CP-LINER-01", series, List.of("product-dozo", "product-nginx"), "req/s");
        panel(out, 430, "Checkout (cart, add item, checkout)", series, List.of("checkout-dozo"), "flows/s");
        out.append("</svg>\n");
        return out.toString();
    }

    static final String[] COLOURS = { "#1f5fa8", "#c2571a" };

    static void panel(StringBuilder out, int x0, String title, Map<String, List<double[]>> series, List<String> names,
            String unit) {
        int left = x0 + 60, top = 30, w = 340, h = 240;
        List<double[]> all = new ArrayList<>();
        names.forEach(name -> all.addAll(series.getOrDefault(name, List.of())));
        if (all.isEmpty()) {
            out.append(text(x0 + 60, 60, "no data: " + title, "start"));
            return;
        }
        double minRate = all.stream().mapToDouble(p -> p[0]).min().orElse(1);
        double maxRate = all.stream().mapToDouble(p -> p[0]).max().orElse(10);
        double xLo = Math.floor(Math.log10(minRate) * 3) / 3, xHi = Math.ceil(Math.log10(maxRate) * 3) / 3;
        if (xHi <= xLo) {
            xHi = xLo + 1;
        }
        double minMs = all.stream().mapToDouble(p -> Math.max(0.1, p[1])).min().orElse(1);
        double maxMs = all.stream().mapToDouble(p -> Math.min(99_999, p[2])).max().orElse(10);
        double yLo = Math.floor(Math.log10(minMs)), yHi = Math.ceil(Math.log10(maxMs));
        if (yHi <= yLo) {
            yHi = yLo + 1;
        }
        final double fxLo = xLo, fxHi = xHi, fyLo = yLo, fyHi = yHi;
        java.util.function.DoubleUnaryOperator sx = v -> left + (Math.log10(v) - fxLo) / (fxHi - fxLo) * w;
        java.util.function.DoubleUnaryOperator sy = v -> top + h
                - (Math.log10(Math.max(Math.pow(10, fyLo), v)) - fyLo) / (fyHi - fyLo) * h;
        out.append(text(x0 + 60, 18, title, "start").replace("<text", "<text font-weight=\"bold\" font-size=\"13\""));
        out.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                left, top, w, h));
        for (double e = yLo; e <= yHi + 1e-9; e++) {
            double ms = Math.pow(10, e);
            double y = sy.applyAsDouble(ms);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    left, y, left + w, y));
            out.append(text(left - 5, y + 4, (ms < 1 ? String.format(Locale.ROOT, "%.1f", ms) : String.format("%.0f", ms))
                    + " ms", "end"));
        }
        for (double[] p : all) { // a tick at every measured rate
            double x = sx.applyAsDouble(p[0]);
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\"/>%n",
                    x, top + h, x, top + h + 4));
        }
        for (double r : tickRates(minRate, maxRate)) {
            out.append(text(sx.applyAsDouble(r), top + h + 16, String.format("%,d", (long) r), "middle"));
        }
        out.append(text(left + w / 2.0, top + h + 32, "request rate (" + unit + ", log scale)", "middle"));
        out.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">latency from when due (log)</text>%n",
                x0 + 14, top + h / 2, x0 + 14, top + h / 2));
        int legend = 0;
        for (int s = 0; s < names.size(); s++) {
            List<double[]> points = series.getOrDefault(names.get(s), List.of());
            for (int q = 1; q <= 2; q++) {
                StringBuilder path = new StringBuilder();
                for (double[] p : points) {
                    path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f",
                            sx.applyAsDouble(p[0]), sy.applyAsDouble(Math.min(p[q], 99_999))));
                }
                String dash = q == 2 ? "" : " stroke-dasharray=\"5,3\"";
                out.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path,
                        COLOURS[s], dash));
                for (double[] p : points) {
                    out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n",
                            sx.applyAsDouble(p[0]), sy.applyAsDouble(Math.min(p[q], 99_999)), COLOURS[s]));
                }
                int ly = top + 12 + legend * 14;
                out.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                        left + 8, ly - 4, left + 28, ly - 4, COLOURS[s], dash));
                out.append(text(left + 32, ly, names.get(s).replaceFirst("^[a-z]+-", "") + (q == 1 ? " p50" : " p99"),
                        "start"));
                legend++;
            }
        }
    }

    static List<Double> tickRates(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max * 10; decade *= 10) {
            for (double m : new double[] { 1, 2, 5 }) {
                double r = decade * m;
                if (r >= min * 0.99 && r <= max * 1.01) {
                    ticks.add(r);
                }
            }
        }
        return ticks;
    }

    static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
                s.replace("&", "&amp;").replace("<", "&lt;"));
    }
}
