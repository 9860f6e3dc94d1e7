import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The HTTP half of bench/restore-at-scale.sh (the bulk history goes in with SQL): uploads distinct generated
 * images through content-service's staff media API, and places a day's orders through cart-service's real
 * checkout. Prints one summary line {@code key=value ...} that the script reads. A load generator, not a test.
 *
 * <pre>
 * DOZO_OWNER_PASSWORD=... java bench/RestoreAtScale.java images CONTENT_URL EMAIL COUNT THREADS
 * java bench/RestoreAtScale.java orders CART_URL COUNT THREADS PRODUCTS RUN_ID
 * </pre>
 */
public class RestoreAtScale {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 5 && args[0].equals("images") && System.getenv("DOZO_OWNER_PASSWORD") != null) {
            // The password comes from the environment, so it never shows in the process list.
            images(args[1], args[2], System.getenv("DOZO_OWNER_PASSWORD"), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
        } else if (args.length == 6 && args[0].equals("orders")) {
            orders(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
        } else {
            System.err.println("usage: DOZO_OWNER_PASSWORD=... java bench/RestoreAtScale.java images CONTENT_URL EMAIL COUNT THREADS");
            System.err.println("       java bench/RestoreAtScale.java orders CART_URL COUNT THREADS PRODUCTS RUN_ID");
            System.exit(2);
        }
    }

    // ------------------------------------------------------------------------------------------------ images

    static void images(String contentUrl, String email, String password, int count, int threads) throws Exception {
        String token = signIn(contentUrl, email, password);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger again = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>("");
        Set<String> digests = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        run(count, threads, i -> {
            boolean png = i % 4 == 3;
            byte[] image = image(i, png);
            digests.add(sha256(image));
            bytes.addAndGet(image.length);
            String alt = URLEncoder.encode(ALT[i % ALT.length] + " #" + i, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(contentUrl + "/api/staff/media?alt=" + alt))
                    .header("Authorization", "Bearer " + token).header("Content-Type", png ? "image/png" : "image/jpeg")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(image)).build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 201) {
                created.incrementAndGet();
            } else if (response.statusCode() == 200) {
                again.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstError.compareAndSet("", "HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }, failed, firstError);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("images uploaded=%d already_there=%d failed=%d distinct_sha256=%d bytes=%d seconds=%.1f"
                + " per_second=%.1f first_error=%s%n", created.get(), again.get(), failed.get(), digests.size(),
                bytes.get(), seconds, count / seconds, quoted(firstError.get()));
    }

    private static final String[] ALT = {"商品写真", "手ぬぐいの柄 🌸", "緑茶の茶葉のアップ", "蜜蝋ラップで包んだおにぎり 🍙",
        "ベビー肌着（オーガニックコットン）", "季節の野菜セット 🥕", "Product photo", "工房の様子"};

    /** A small picture of its own: colours, shapes and noise drawn from the index, so every file's SHA-256 differs. */
    static byte[] image(int index, boolean png) {
        Random random = new Random(0x5EED_0000L + index * 7919L + 1);
        int width = 240 + index % 5 * 40;
        int height = 180 + index % 3 * 30;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = (index * 0.618034f) % 1f;
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), width, height,
                Color.getHSBColor((hue + 0.2f) % 1f, 0.6f, 0.7f)));
        g.fillRect(0, 0, width, height);
        for (int shape = 0; shape < 6; shape++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f + random.nextFloat() / 2, 0.5f + random.nextFloat() / 2));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int size = 20 + random.nextInt(80);
            if (random.nextBoolean()) {
                g.fillOval(x - size / 2, y - size / 2, size, size);
            } else {
                g.setStroke(new BasicStroke(2 + random.nextInt(6)));
                g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
            }
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("#" + index, 12, height - 16);
        g.dispose();
        if (!png) {
            for (int k = 0; k < 200; k++) {
                image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0x1000000));
            }
        }
        image.setRGB(index % width, 0, 0x010101 * (index % 256));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, png ? "png" : "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String signIn(String contentUrl, String email, String password) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(contentUrl + "/api/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return field(response.body(), "accessToken");
    }

    // ------------------------------------------------------------------------------------------------ orders

    private static final String[] NAMES = {"山田 花子", "佐藤 太郎", "鈴木 さくら 🌸", "高橋 ゆき", "ﾀﾅｶ ｹﾝｼﾞ", "伊藤　葵",
        "O'Brien 真央", "渡辺 陽翔"};
    private static final String[][] PLACES = {{"〒150-0001", "東京都", "渋谷区", "神宮前1-2-3 ドーゾハイツ101"},
        {"606-8501", "京都府", "京都市左京区", "吉田本町36-1"}, {"0600001", "北海道", "札幌市中央区", "北1条西2丁目 🏠"},
        {"９００－０００６", "沖縄県", "那覇市", "おもろまち1-1-1"}, {"980-0811", "宮城県", "仙台市青葉区", "一番町4-1-1 \"青葉\"ビル5F"}};

    static void orders(String cartUrl, int count, int threads, int products, String runId) throws Exception {
        List<String> skus = new ArrayList<>();
        for (int n = 1; n <= products; n++) {
            if (n % 50 > 1) { // the SQL makes every 50th product a draft and the next one archived
                skus.add(String.format("BN-%06d", n));
            }
        }
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>("");
        AtomicInteger retried = new AtomicInteger();
        AtomicReference<String> firstRetried = new AtomicReference<>("");
        long start = System.nanoTime();
        run(count, threads, i -> {
            Random random = new Random(runId.hashCode() * 31L + i);
            String token = field(expect(send(json(cartUrl + "/api/carts", "POST", null, null)), 201, "new cart").body(),
                    "token");
            int lines = 1 + random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                String sku = skus.get(random.nextInt(skus.size()));
                HttpRequest put = json(cartUrl + "/api/carts/" + token + "/items/" + sku, "PUT",
                        "{\"quantity\":" + (1 + random.nextInt(2)) + "}", null);
                HttpResponse<String> answer = send(put);
                // The API says "Nothing was changed; please try again" on a 500: do so, up to twice, and count it.
                for (int retry = 0; retry < 2 && answer.statusCode() == 500; retry++) {
                    firstRetried.compareAndSet("", "cart item HTTP 500 " + abbreviate(answer.body()));
                    retried.incrementAndGet();
                    answer = send(put);
                }
                expect(answer, 200, "cart item");
            }
            String[] place = PLACES[i % PLACES.length];
            String body = "{\"fullName\":" + quote(NAMES[i % NAMES.length]) + ",\"email\":\"day" + (i % 3000)
                    + "@example.jp\",\"postalCode\":" + quote(place[0]) + ",\"prefecture\":" + quote(place[1])
                    + ",\"city\":" + quote(place[2]) + ",\"street\":" + quote(place[3]) + ",\"phone\":\"03-1234-"
                    + String.format("%04d", i % 10000) + "\",\"paymentMethod\":\""
                    + (i % 3 == 0 ? "cash_on_delivery" : "bank_transfer")
                    + "\",\"fullNameKana\":\"ヤマダ ハナコ\",\"privacyConsent\":true}";
            HttpResponse<String> response = send(json(cartUrl + "/api/carts/" + token + "/checkout", "POST", body,
                    "day-" + runId + "-" + i));
            if (response.statusCode() == 201) {
                placed.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstError.compareAndSet("", "checkout HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }, failed, firstError);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("orders placed=%d failed=%d seconds=%.1f per_second=%.1f first_error=%s cart_item_retries=%d"
                + " first_retried=%s%n", placed.get(), failed.get(), seconds, placed.get() / seconds,
                quoted(firstError.get()), retried.get(), quoted(firstRetried.get()));
    }

    static HttpRequest json(String url, String method, String body, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return builder.build();
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    interface Task {
        void run(int index) throws Exception;
    }

    /** Runs count tasks on a few threads; a task that throws counts as failed and the first message is kept. */
    static void run(int count, int threads, Task task, AtomicInteger failed, AtomicReference<String> firstError)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < count; i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    task.run(index);
                } catch (Exception | Error e) {
                    failed.incrementAndGet();
                    firstError.compareAndSet("", e.toString());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        return response;
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + abbreviate(json));
        }
        return matcher.group(1);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String quoted(String text) {
        return "\"" + text.replace("\"", "'").replace("\n", " ") + "\"";
    }

    static String abbreviate(String text) {
        String flat = text.replace("\n", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
