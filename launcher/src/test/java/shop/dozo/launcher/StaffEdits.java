package shop.dozo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import shop.dozo.backing.ClusterStack;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/**
 * A member of staff editing during the load: once a second, in turn, a product's name and description and a
 * page's body, through the HAProxy frontends, each edit numbered. An edit is acknowledged when its PUT answered
 * 200; a stale version (409, an earlier PUT went through but its answer was lost) reloads and goes on.
 */
final class StaffEdits implements AutoCloseable {
    static final String SKU = "FT-EDIT-01";
    static final String PAGE = "ft-edit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final ShopApi staff;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicInteger edits = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int productAcknowledged;
    private volatile int pageAcknowledged;
    private ObjectNode product;
    private long productVersion;
    private int pageRevision;

    StaffEdits(LocalStack stack, String category) throws Exception {
        this.stack = stack;
        this.staff = new ShopApi(stack.ownerToken());
        product = JSON.createObjectNode().put("sku", SKU).put("category", category).put("priceYen", 1100)
                .put("taxRate", 10).put("stock", 0).put("status", "published");
        text(product, 0);
        ShopApi.Reply created = staff.post(catalog() + "/api/staff/products", product.toString());
        require(created, 201, "create " + SKU);
        productVersion = JSON.readTree(created.body()).path("version").asLong();
        ShopApi.Reply page = staff.post(content() + "/api/staff/pages", JSON.createObjectNode().put("slug", PAGE)
                .put("title", "編集中のページ").put("body", body(0)).put("status", "published").toString());
        require(page, 201, "create page " + PAGE);
        pageRevision = JSON.readTree(page.body()).path("revision").asInt();
        clock.scheduleWithFixedDelay(this::editOne, 500, 1000, TimeUnit.MILLISECONDS);
    }

    /** The number that edit {@code n} writes: in the product's name (a search word), description and page body. */
    static String mark(int n) {
        return "ftedit" + n + "x";
    }

    static String body(int n) {
        return "この文章は編集 " + mark(n) + " です。";
    }

    void pause() {
        paused.set(true);
    }

    void resume() {
        paused.set(false);
    }

    int productAcknowledged() {
        return productAcknowledged;
    }

    int pageAcknowledged() {
        return pageAcknowledged;
    }

    int failed() {
        return failed.get();
    }

    private synchronized void editOne() {
        if (paused.get()) {
            return;
        }
        int n = edits.incrementAndGet();
        try {
            if (n % 2 == 1) {
                editProduct(n);
            } else {
                editPage(n);
            }
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }

    private void editProduct(int n) throws Exception {
        text(product, n);
        product.put("version", productVersion);
        ShopApi.Reply reply = staff.put(catalog() + "/api/staff/products/" + SKU, product.toString());
        if (reply.status() == 200) {
            productVersion = JSON.readTree(reply.body()).path("version").asLong();
            productAcknowledged = n;
            return;
        }
        failed.incrementAndGet();
        ShopApi.Reply current = staff.get(catalog() + "/api/staff/products/" + SKU);
        if (current.ok()) {
            productVersion = JSON.readTree(current.body()).path("version").asLong();
        }
    }

    private void editPage(int n) throws Exception {
        String edit = JSON.createObjectNode().put("title", "編集中のページ").put("body", body(n))
                .put("revision", pageRevision).toString();
        ShopApi.Reply reply = staff.put(content() + "/api/staff/pages/" + PAGE, edit);
        if (reply.status() == 200) {
            pageRevision = JSON.readTree(reply.body()).path("revision").asInt();
            pageAcknowledged = n;
            return;
        }
        failed.incrementAndGet();
        ShopApi.Reply current = staff.get(content() + "/api/staff/pages/" + PAGE);
        if (current.ok()) {
            pageRevision = JSON.readTree(current.body()).path("revision").asInt();
        }
    }

    /**
     * The edit number each replica of catalog-service and content-service reads from the database now: never
     * below the last acknowledged one, or an acknowledged edit was lost.
     */
    int lostEdits(ClusterStack cluster) throws Exception {
        int lost = 0;
        for (int replica = 1; replica <= 2; replica++) {
            JsonNode p = JSON.readTree(
                    staff.get(cluster.replicaUrl("catalog-service", replica) + "/api/staff/products/" + SKU).body());
            JsonNode d = JSON.readTree(
                    staff.get(cluster.replicaUrl("content-service", replica) + "/api/staff/pages/" + PAGE).body());
            if (editNumber(p.path("description").asText()) < productAcknowledged) {
                lost++;
            }
            if (editNumber(d.path("body").asText()) < pageAcknowledged) {
                lost++;
            }
        }
        return lost;
    }

    /** What the database holds now for the product and the page, as edit numbers. */
    int[] stored() throws Exception {
        JsonNode p = JSON.readTree(staff.get(catalog() + "/api/staff/products/" + SKU).body());
        JsonNode d = JSON.readTree(staff.get(content() + "/api/staff/pages/" + PAGE).body());
        return new int[]{editNumber(p.path("description").asText()), editNumber(d.path("body").asText())};
    }

    static int editNumber(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ftedit(\\d+)x").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void text(ObjectNode product, int n) {
        product.put("name", "編集テストの布巾 " + mark(n)).put("description", body(n));
    }

    private String catalog() {
        return stack.url("catalog-service");
    }

    private String content() {
        return stack.url("content-service");
    }

    private static void require(ShopApi.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": " + reply.status() + " " + reply.body());
        }
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        clock.awaitTermination(30, TimeUnit.SECONDS);
    }

    /**
     * Whether edit numbers {@code productEdit} and {@code pageEdit} show everywhere a shopper can meet them: the
     * product and page on each storefront replica (through their caches) and the search on each catalog replica.
     */
    static boolean showsEverywhere(ClusterStack cluster, int productEdit, int pageEdit) {
        ShopApi shopper = new ShopApi(null);
        for (int replica = 1; replica <= 2; replica++) {
            String storefront = cluster.replicaUrl("storefront", replica);
            if (!shopper.get(storefront + "/product/" + SKU).body().contains(mark(productEdit))
                    || !shopper.get(storefront + "/pages/" + PAGE).body().contains(mark(pageEdit))
                    || !shopper.get(cluster.replicaUrl("catalog-service", replica) + "/api/search?q="
                            + mark(productEdit)).body().contains(SKU)) {
                return false;
            }
        }
        return true;
    }
}
