package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.Ports;
import shop.dozo.backing.ServiceApp;
import shop.dozo.backing.ShopApi;

/** The foundation's promise: ./dozo up serves the whole demo shop, and down + up loses nothing. */
class DozoUpDownTest {

    @TempDir
    Path home;

    private DozoScript dozo;
    private LocalStack.Settings ports;

    @BeforeEach
    void pickPorts() {
        ports = LocalStack.Settings.forTest(home, StackConfig.builtServices());
        dozo = new DozoScript(home, ports.httpPortBase(), ports.dbPort(), ports.s3Port(), ports.backupS3Port());
    }

    @AfterEach
    void stopEverything() throws Exception {
        dozo.run("down");
    }

    @Test
    void upServesTheDemoShopAndARestartKeepsWhatWasAdded() throws Exception {
        long started = System.nanoTime();
        DozoScript.Result up = dozo.run("up");
        long upSeconds = (System.nanoTime() - started) / 1_000_000_000;
        assertEquals(0, up.exitCode(), up.output());
        System.out.println("./dozo up took " + upSeconds + " s with the build already done");
        assertTrue(up.output().contains("Dozo is up"), up.output());

        LocalStack stack = new LocalStack(
                new StackConfig(home, ports.dbPort(), ports.s3Port(), ports.backupS3Port(), ports.httpPortBase())
                        .settings(true));
        assertTrue(up.output().contains(stack.url("storefront") + "/"), "prints the shop's URL");
        String password = printedPassword(up.output());
        assertEquals(stack.ownerPassword(), password, "prints the generated staff password");
        for (String module : stack.settings().services()) {
            assertTrue(ServiceApp.isReady(stack.managementUrl(module)), module + " is ready");
            // The back office sends anyone without a session to sign in, health probes included.
            assertEquals(module.equals(LocalStack.BACKOFFICE) ? 303 : 404,
                    new ShopApi(null).get(stack.url(module) + "/q/health/ready").status(),
                    module + " answers health only on its management port");
        }
        assertEquals(DemoShop.recommendedSkus(), skusOnHomePage(stack), "the home page shows the recommended products");
        assertTrue(new ShopApi(null).get(stack.url("storefront") + "/").body().contains("サイトをリニューアルしました"),
                "and the demo news");
        assertTrue(new ShopApi(null).get(stack.url("catalog-service") + "/api/products?size=50").body()
                .contains("\"total\":30"), "all 30 demo products are for sale");
        if (stack.settings().services().contains("review-service")) {
            ShopApi.Reply reviews =
                    new ShopApi(null).get(stack.url("review-service") + "/api/reviews/summary?sku=CP-SET-TRIAL");
            assertTrue(reviews.body().contains("\"count\":2"),
                    "the demo reviews are seeded and approved: " + reviews.body());
        }

        if (stack.settings().services().contains(LocalStack.BACKOFFICE)) {
            theOwnerSignsInToTheBackOffice(stack, up.output(), password);
        }

        ShopApi staff = new ShopApi(staffToken(stack, password));
        ShopApi.Reply added = staff.post(stack.url("catalog-service") + "/api/staff/products", """
                {"sku":"DZ-RESTART-1","category":"eco-goods","name":"再起動テストの手ぬぐい","priceYen":880,"taxRate":10}""");
        assertEquals(201, added.status(), added.body());
        if (stack.settings().services().contains("content-service")) {
            aDisabledAccountsTokenStopsWorkingInEveryService(stack, staff);
        }

        assertEquals(0, dozo.run("down").exitCode());
        for (String module : stack.settings().services()) {
            assertFalse(Ports.isListening(stack.port(module)), module + " stopped");
        }
        assertFalse(Ports.isListening(ports.dbPort()), "MariaDB stopped");
        assertFalse(Ports.isListening(stack.mail().smtpPort()), "the mail server stopped");

        DozoScript.Result again = dozo.run("up");
        assertEquals(0, again.exitCode(), again.output());
        assertFalse(again.output().contains("seeded"), "the demo shop is seeded only once");
        ShopApi shopper = new ShopApi(null);
        ShopApi.Reply kept = shopper.get(stack.url("catalog-service") + "/api/products/DZ-RESTART-1");
        assertEquals(200, kept.status(), "the product added before the restart is still there");
        assertTrue(kept.body().contains("再起動テストの手ぬぐい"));
        assertTrue(shopper.get(stack.url("catalog-service") + "/api/products?size=50").body().contains("\"total\":31"));
        assertEquals(DemoShop.recommendedSkus(), skusOnHomePage(stack),
                "the storefront serves again after the restart");
    }

    @Test
    void aPortInUseIsReportedAndNothingIsLeftRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket(ports.httpPortBase(), 1, InetAddress.getLoopbackAddress())) {
            DozoScript.Result up = dozo.run("up");
            assertNotEquals(0, up.exitCode());
            assertTrue(up.output().contains("port " + ports.httpPortBase() + " on 127.0.0.1 is already in use"),
                    up.output());
            assertTrue(up.output().contains("DOZO_HTTP_PORT_BASE"), "says which setting to change");
        }
        assertFalse(Ports.isListening(ports.dbPort()), "MariaDB was not left running");
    }

    @Test
    void aBrokenDataFolderIsExplained() throws Exception {
        Files.createDirectories(home.resolve("mariadb"));
        Files.writeString(home.resolve("mariadb/leftover.txt"), "half a copy");
        DozoScript.Result up = dozo.run("up");
        assertEquals(1, up.exitCode(), up.output());
        assertTrue(up.output().contains("is not empty but holds no database"), up.output());
        assertTrue(Files.exists(home.resolve("mariadb/leftover.txt")), "the folder is left untouched for the owner");
    }

    @Test
    void aBadPortSettingIsExplained() throws Exception {
        DozoScript bad = new DozoScript(home, 80, ports.dbPort(), ports.s3Port(), ports.backupS3Port());
        DozoScript.Result up = bad.run("up");
        assertEquals(1, up.exitCode());
        assertTrue(up.output().contains("DOZO_HTTP_PORT_BASE must be a port number"), up.output());
    }

    /** The home page's products; a reload or two while the storefront's first calls time out (2 s) on a busy machine. */
    private static java.util.Set<String> skusOnHomePage(LocalStack stack) throws InterruptedException {
        java.util.Set<String> found = Set.of();
        for (int visit = 0; visit < 10 && found.isEmpty(); visit++) {
            if (visit > 0) {
                Thread.sleep(2000);
            }
            found = skusOnce(stack);
        }
        return found;
    }

    private static java.util.Set<String> skusOnce(LocalStack stack) {
        String html = new ShopApi(null).get(stack.url("storefront") + "/").body();
        Matcher skus = Pattern.compile("data-sku=\"([A-Z0-9-]+)\"").matcher(html);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (skus.find()) {
            found.add(skus.group(1));
        }
        return found;
    }

    /** The printed back office address serves the sign-in screen, and the printed account opens the dashboard. */
    private static void theOwnerSignsInToTheBackOffice(LocalStack stack, String output, String password)
            throws Exception {
        String url = stack.url(LocalStack.BACKOFFICE);
        assertTrue(output.contains("Back office:       " + url + "/"), "prints the back office's URL: " + output);
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        java.net.http.HttpResponse<String> page = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/signin")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(csrf.find(), page.body());
        String form = "_csrf=" + csrf.group(1) + "&next=%2F&email="
                + java.net.URLEncoder.encode(stack.settings().ownerEmail(), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> signedIn = browser.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url + "/signin")).header("Origin", url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        java.net.http.HttpResponse<String> dashboard = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("ダッシュボード"), dashboard.body());
    }

    private static String printedPassword(String output) {
        Matcher line = Pattern.compile("Staff sign-in:\\s+(\\S+) / (\\S+)").matcher(output);
        assertTrue(line.find(), "prints the staff credentials");
        return line.group(2);
    }

    /**
     * The services that do not own the accounts ask content-service (through the URL ./dozo gives them) whether a
     * token's account is still active: within the stated 30 s a disabled account's token is refused everywhere.
     */
    private static void aDisabledAccountsTokenStopsWorkingInEveryService(LocalStack stack, ShopApi owner)
            throws InterruptedException {
        String email = "leaving-staff@example.jp";
        String password = "去る人のパスワード-2026";
        ShopApi.Reply account = owner.post(stack.url("content-service") + "/api/staff/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"roles\":[\"staff\"]}");
        assertEquals(201, account.status(), account.body());
        ShopApi leaving = new ShopApi(signIn(stack, email, password));
        Map<String, String> staffReads = Map.of("catalog-service", "/api/staff/products?size=1",
                "cart-service", "/api/staff/orders?size=1", "review-service", "/api/staff/reviews?size=1");
        staffReads.forEach((module, path) -> assertEquals(200, leaving.get(stack.url(module) + path).status(),
                module + " takes the active account's token"));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(account.body());
        assertTrue(id.find(), account.body());
        assertEquals(200,
                owner.post(stack.url("content-service") + "/api/staff/accounts/" + id.group(1) + "/disable", "{}")
                        .status());
        long disabled = System.nanoTime();
        for (Map.Entry<String, String> read : staffReads.entrySet()) {
            int status = leaving.get(stack.url(read.getKey()) + read.getValue()).status();
            while (status == 200 && System.nanoTime() - disabled < 40_000_000_000L) {
                Thread.sleep(1000);
                status = leaving.get(stack.url(read.getKey()) + read.getValue()).status();
            }
            assertEquals(401, status, read.getKey() + " refuses the disabled account's token within 30 s");
        }
        System.out.printf("a disabled account's token was refused by every service %.1f s after it was disabled%n",
                (System.nanoTime() - disabled) / 1e9);
    }

    /** Signs in the way staff do when content-service runs; otherwise uses the stack's operator key. */
    private static String staffToken(LocalStack stack, String password) {
        if (!stack.settings().services().contains("content-service")) {
            return stack.ownerToken();
        }
        return signIn(stack, stack.settings().ownerEmail(), password);
    }

    private static String signIn(LocalStack stack, String email, String password) {
        ShopApi.Reply login = new ShopApi(null).post(stack.url("content-service") + "/api/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.status(), login.body());
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
        assertTrue(token.find(), login.body());
        return token.group(1);
    }
}
