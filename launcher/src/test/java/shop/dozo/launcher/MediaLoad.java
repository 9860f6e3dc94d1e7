package shop.dozo.launcher;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import shop.dozo.backing.LocalStack;

/**
 * A constant load on the shop's media through the cluster's HAProxy frontends: 2 staff uploads a second (each a
 * new PNG, through content-service's staff API) and 5 shopper image views a second (a random acknowledged image's
 * list variant, through the storefront). A refused upload is retried with the same bytes, as the back office
 * would, after its Retry-After; every answer is recorded with its time.
 */
final class MediaLoad implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-f0-9]{64})\"");
    private static final int MAX_TRIES = 40;

    /** An upload the shop acknowledged (201 or 200), with how many refusals came before. */
    record Upload(String id, long acknowledgedAt, int refusedBefore) {
    }

    /** An upload answered with something other than success or a clean 503 with Retry-After. */
    record Unclean(long at, String answer) {
    }

    private final LocalStack stack;
    private final String staffToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newFixedThreadPool(24);
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong counter = new AtomicLong();
    private final List<Upload> acknowledged = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Long> refusals = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Unclean> unclean = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> brokenReads = new ConcurrentLinkedQueue<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    /** The first bytes a shopper got for each image's list variant: later views must get the same. */
    private final Map<String, String> variantHashes = new ConcurrentHashMap<>();
    private final AtomicInteger changedReads = new AtomicInteger();

    MediaLoad(LocalStack stack, String staffToken) {
        this.stack = stack;
        this.staffToken = staffToken;
        clock.scheduleAtFixedRate(() -> submit(this::upload), 0, 500, TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> submit(this::view), 100, 200, TimeUnit.MILLISECONDS);
    }

    void run(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    /** Stops new requests and waits for the ones under way (retries included), so the checks see a quiet shop. */
    void pause() throws InterruptedException {
        paused.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    void resume() {
        paused.set(false);
    }

    List<Upload> acknowledged() {
        return new ArrayList<>(acknowledged);
    }

    int changedReads() {
        return changedReads.get();
    }

    int abandoned() {
        return abandoned.get();
    }

    Phase beginPhase() {
        return new Phase(System.nanoTime(), acknowledged.size(), reads.get());
    }

    private void submit(Runnable task) {
        if (paused.get()) {
            return;
        }
        inFlight.incrementAndGet();
        workers.execute(() -> {
            try {
                task.run();
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void upload() {
        byte[] png = uniquePng(counter.incrementAndGet());
        int refused = 0;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(stack.url("content-service") + "/api/staff/media"))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + staffToken)
                                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                unclean.add(new Unclean(System.nanoTime(), "no answer: " + e));
                sleep(1000);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            if (status == 201 || status == 200) {
                Matcher id = ID.matcher(response.body());
                if (!id.find()) {
                    unclean.add(new Unclean(System.nanoTime(), status + " without an id: " + response.body()));
                    return;
                }
                acknowledged.add(new Upload(id.group(1), System.nanoTime(), refused));
                return;
            }
            if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                refused++;
                refusals.add(System.nanoTime());
            } else {
                unclean.add(new Unclean(System.nanoTime(), status + " " + response.body()));
            }
            // The back office waits before trying again; shorter than Retry-After, to measure the window finely.
            sleep(1000);
        }
        abandoned.incrementAndGet();
    }

    private void view() {
        if (acknowledged.isEmpty()) {
            return;
        }
        String id = acknowledged.get(ThreadLocalRandom.current().nextInt(acknowledged.size())).id();
        reads.incrementAndGet();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    URI.create(stack.url("storefront") + "/media/" + id + "/list")).timeout(Duration.ofSeconds(30))
                    .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length == 0) {
                brokenReads.add(System.nanoTime());
                return;
            }
            String sha = sha256(response.body());
            if (!sha.equals(variantHashes.computeIfAbsent(id, key -> sha))) {
                changedReads.incrementAndGet();
            }
        } catch (IOException e) {
            brokenReads.add(System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A small PNG no other upload has: the counter and a random salt in its pixels. */
    static byte[] uniquePng(long n) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        long salt = ThreadLocalRandom.current().nextLong();
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, (int) ((n * 2654435761L + salt + x * 31L + y * 977L) & 0xFFFFFF));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
    }

    /** One fault's stretch of the load, from just before the fault to the checks after recovery. */
    final class Phase {
        private final long begun;
        private final int acknowledgedBefore;
        private final int readsBefore;

        Phase(long begun, int acknowledgedBefore, int readsBefore) {
            this.begun = begun;
            this.acknowledgedBefore = acknowledgedBefore;
            this.readsBefore = readsBefore;
        }

        /**
         * @param lost       acknowledged images of this phase that content-service no longer serves
         * @param corrupted  ones whose original's SHA-256 is not their id
         */
        Figures end(String fault, int lost, int corrupted, long activeCleanMillis) {
            List<Long> broken = brokenReads.stream().filter(t -> t >= begun).sorted().toList();
            long window = broken.isEmpty() ? 0 : (broken.get(broken.size() - 1) - broken.get(0)) / 1_000_000;
            List<Long> refused = refusals.stream().filter(t -> t >= begun).sorted().toList();
            long refusedWindow = refused.isEmpty() ? 0 : (refused.get(refused.size() - 1) - refused.get(0)) / 1_000_000;
            List<Upload> mine = acknowledged.subList(acknowledgedBefore, acknowledged.size());
            int retriedOk = (int) mine.stream().filter(u -> u.refusedBefore() > 0).count();
            List<Unclean> uncleanHere = unclean.stream().filter(u -> u.at() >= begun).toList();
            return new Figures(fault, mine.size(), lost, corrupted, refused.size(), refusedWindow, retriedOk,
                    uncleanHere, reads.get() - readsBefore, broken.size(), window, activeCleanMillis);
        }
    }

    record Figures(String fault, int acknowledged, int lost, int corrupted, int refusedUploads,
            long refusedWindowMillis,
            int retriedOk, List<Unclean> unclean, int reads, int brokenReads, long brokenWindowMillis,
            long activeCleanMillis) {

        static String table(List<Figures> all) {
            StringBuilder text = new StringBuilder(
                    "| fault | uploads acknowledged | lost | corrupted | uploads refused (503 + Retry-After) | refusal window | "
                            + "refused, then stored by a retry | other upload failures | image views | broken views | "
                            + "broken-image window | all PGs active+clean after |\n"
                            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Figures f : all) {
                text.append(String.format("| %s | %d | %d | %d | %d | %.1f s | %d | %d | %d | %d | %.1f s | %s |%n",
                        f.fault(), f.acknowledged(), f.lost(), f.corrupted(), f.refusedUploads(),
                        f.refusedWindowMillis() / 1000.0, f.retriedOk(), f.unclean().size(), f.reads(), f.brokenReads(),
                        f.brokenWindowMillis() / 1000.0,
                        f.activeCleanMillis() < 0 ? "not within the wait"
                                : String.format("%.1f s", f.activeCleanMillis() / 1000.0)));
            }
            return text.toString();
        }
    }
}
