package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.CephCluster;
import shop.dozo.backing.GaleraNode;
import shop.dozo.backing.HaProxy;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.backup.PidFiles;

/**
 * {@code ./dozo up --cluster}'s media store is a replicated Ceph; under a constant load of staff uploads and
 * shoppers' image views it loses no acknowledged image when an OSD is killed, a gateway is killed, an OSD is
 * frozen for 30 s, or both gateways are down. Uploads the store cannot take are refused with 503 and Retry-After,
 * and their retry stores the image once. Prints the figures; asserts only what must hold, never timings.
 */
class CephMediaFailoverTest {
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    @TempDir
    Path home;

    private DozoScript dozo;

    @AfterEach
    void stopEverything() throws Exception {
        if (dozo != null) {
            dozo.run("down");
        }
    }

    @Test
    void losingAnOsdOrAGatewayUnderLoadLosesNoImage() throws Exception {
        Assumptions.assumeTrue(GaleraNode.installed() && HaProxy.installed() && CephCluster.installed(),
                "needs Debian's mariadb-server, galera-4, haproxy, ceph-mon, ceph-mgr, ceph-osd and radosgw "
                        + "(./dozo test installs them as root)");
        dozo = DozoScript.onFreePorts(home);
        DozoScript.Result up = dozo.run("up", "--cluster");
        assertEquals(0, up.exitCode(), up.output());
        LocalStack stack = dozo.stack();
        CephCluster ceph = stack.cluster().ceph();
        assertTrue(awaitActiveClean(ceph) >= 0, "a new cluster's placement groups are active+clean: " + ceph.placementGroups());
        String token = stack.ownerToken();
        int mediaBefore = mediaCount(stack, token);

        List<MediaLoad.Figures> figures = new ArrayList<>();
        try (MediaLoad load = new MediaLoad(stack, token)) {
            load.run(8);
            figures.add(killed(load, stack, ceph, "kill -9 of " + CephCluster.osdName(1), List.of(CephCluster.osdName(1))));
            figures.add(killed(load, stack, ceph, "kill -9 of " + CephCluster.gatewayName(1),
                    List.of(CephCluster.gatewayName(1))));
            figures.add(frozenOsd(load, stack, ceph, CephCluster.osdName(2)));
            figures.add(killed(load, stack, ceph, "kill -9 of both RGWs (the store is down)",
                    List.of(CephCluster.gatewayName(1), CephCluster.gatewayName(2))));
            load.pause();
            System.out.println(MediaLoad.Figures.table(figures));
            for (MediaLoad.Figures f : figures) {
                f.unclean().forEach(u -> System.out.println("  " + f.fault() + ": unclean upload answer " + u.answer()));
            }
            for (MediaLoad.Figures f : figures) {
                assertEquals(0, f.lost(), f.fault() + ": acknowledged images lost");
                assertEquals(0, f.corrupted(), f.fault() + ": images whose bytes are not their SHA-256");
                assertTrue(f.unclean().stream().noneMatch(u -> u.answer().startsWith("500")),
                        f.fault() + ": an upload answered 500: " + f.unclean());
                assertTrue(f.acknowledged() > 0, f.fault() + ": the load kept uploading");
                assertTrue(f.activeCleanMillis() >= 0, f.fault() + ": every placement group is active+clean again");
            }
            MediaLoad.Figures storeDown = figures.get(figures.size() - 1);
            assertTrue(storeDown.refusedUploads() > 0, "with both gateways down, uploads are refused with 503 + Retry-After");
            assertTrue(storeDown.retriedOk() > 0, "a refused upload is stored by its retry");
            assertEquals(List.of(), storeDown.unclean(), "with the store down, every upload that failed was answered "
                    + "by content-service with 503 and Retry-After (not by the proxy, not with a 500)");
            assertEquals(0, load.abandoned(), "every refused upload was stored by a retry");
            assertEquals(0, load.changedReads(), "a shopper always gets the same bytes for the same image");
            long distinct = load.acknowledged().stream().map(MediaLoad.Upload::id).distinct().count();
            assertEquals(load.acknowledged().size(), distinct, "every upload was a new image with its own id");
            assertEquals(mediaBefore + distinct, mediaCount(stack, token),
                    "the library holds each acknowledged image once, and nothing else (no half-stored upload)");
        }
    }

    /** kill -9 of members under load; ./dozo up --cluster starts them again; then the checks. */
    private MediaLoad.Figures killed(MediaLoad load, LocalStack stack, CephCluster ceph, String fault, List<String> members)
            throws Exception {
        MediaLoad.Phase phase = load.beginPhase();
        int before = load.acknowledged().size();
        long injected = System.nanoTime();
        for (String member : members) {
            Faults.kill9(pidOf(member));
        }
        load.run(10);
        DozoScript.Result heal = dozo.run("up", "--cluster");
        assertEquals(0, heal.exitCode(), heal.output());
        for (String member : members) {
            assertTrue(heal.output().contains(member), "up --cluster restarts " + member + ": " + heal.output());
        }
        return settleAndMeasure(load, stack, ceph, phase, fault, injected, before);
    }

    /** SIGSTOP of an OSD for 30 s under load, then SIGCONT: a hung disk or a partition; Ceph marks it down. */
    private MediaLoad.Figures frozenOsd(MediaLoad load, LocalStack stack, CephCluster ceph, String osd) throws Exception {
        MediaLoad.Phase phase = load.beginPhase();
        int before = load.acknowledged().size();
        long pid = pidOf(osd);
        signal("STOP", pid);
        long injected = System.nanoTime();
        try {
            load.run(30);
        } finally {
            signal("CONT", pid);
        }
        return settleAndMeasure(load, stack, ceph, phase, "SIGSTOP of " + osd + " for 30 s", injected, before);
    }

    /** Load until every PG is active+clean again, then, with the load paused, this phase's images checked. */
    private MediaLoad.Figures settleAndMeasure(MediaLoad load, LocalStack stack, CephCluster ceph, MediaLoad.Phase phase,
            String fault, long injected, int acknowledgedBefore) throws Exception {
        long clean = awaitActiveClean(ceph);
        long activeClean = clean < 0 ? -1 : (clean - injected) / 1_000_000;
        load.run(4);
        load.pause();
        List<MediaLoad.Upload> mine = load.acknowledged().subList(acknowledgedBefore, load.acknowledged().size());
        int lost = 0;
        int corrupted = 0;
        for (MediaLoad.Upload upload : mine) {
            HttpResponse<byte[]> original = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.url("content-service") + "/api/media/" + upload.id())).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (original.statusCode() != 200) {
                lost++;
            } else if (!MediaLoad.sha256(original.body()).equals(upload.id())) {
                corrupted++;
            }
        }
        MediaLoad.Figures figures = phase.end(fault, lost, corrupted, activeClean);
        System.out.println("  " + fault + ": " + figures);
        load.resume();
        return figures;
    }

    /** @return System.nanoTime() when all PGs were active+clean, or -1 after 3 minutes */
    private static long awaitActiveClean(CephCluster ceph) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (ceph.activeClean()) {
                return System.nanoTime();
            }
            Thread.sleep(500);
        }
        System.out.println("  placement groups after 3 minutes: " + ceph.placementGroups());
        return -1;
    }

    private static int mediaCount(LocalStack stack, String token) {
        ShopApi.Reply page = new ShopApi(token).get(stack.url("content-service") + "/api/staff/media?size=1");
        assertEquals(200, page.status(), page.body());
        Matcher total = TOTAL.matcher(page.body());
        assertTrue(total.find(), page.body());
        return Integer.parseInt(total.group(1));
    }

    private long pidOf(String member) {
        return new PidFiles(home.resolve("run")).running().stream().filter(e -> e.name().equals(member))
                .findFirst().orElseThrow(() -> new AssertionError(member + " is not running")).pid();
    }

    private static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }
}
