package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shop.dozo.backing.CephCluster;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/**
 * The faults of cluster mode's media store, injected under a {@link MediaLoad}: members killed and brought back by
 * {@code ./dozo up --cluster}, or an OSD frozen; then, once every placement group is active+clean, each image the
 * phase acknowledged read back and checked against its SHA-256.
 */
final class MediaFaults {
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final DozoScript dozo;
    private final LocalStack stack;
    private final CephCluster ceph;
    private final ClusterMembers members;

    MediaFaults(DozoScript dozo, LocalStack stack, ClusterMembers members) {
        this.dozo = dozo;
        this.stack = stack;
        this.ceph = stack.cluster().ceph();
        this.members = members;
    }

    /** kill -9 of members under load; ./dozo up --cluster starts them again; then the checks. */
    MediaLoad.Figures killed(MediaLoad load, String fault, List<String> killed) throws Exception {
        MediaLoad.Phase phase = load.beginPhase();
        int before = load.acknowledged().size();
        long injected = System.nanoTime();
        for (String member : killed) {
            Faults.kill9(members.pidOf(member));
        }
        load.run(10);
        DozoScript.Result heal = dozo.run("up", "--cluster");
        assertEquals(0, heal.exitCode(), heal.output());
        for (String member : killed) {
            assertTrue(heal.output().contains(member), "up --cluster restarts " + member + ": " + heal.output());
        }
        return settleAndMeasure(load, phase, fault, injected, before);
    }

    /** SIGSTOP of an OSD for 30 s under load, then SIGCONT: a hung disk or a partition; Ceph marks it down. */
    MediaLoad.Figures frozenOsd(MediaLoad load, String osd) throws Exception {
        MediaLoad.Phase phase = load.beginPhase();
        int before = load.acknowledged().size();
        long pid = members.pidOf(osd);
        ClusterMembers.signal("STOP", pid);
        long injected = System.nanoTime();
        try {
            load.run(30);
        } finally {
            ClusterMembers.signal("CONT", pid);
        }
        return settleAndMeasure(load, phase, "SIGSTOP of " + osd + " for 30 s", injected, before);
    }

    /** Load until every PG is active+clean again, then, with the load paused, this phase's images checked. */
    private MediaLoad.Figures settleAndMeasure(MediaLoad load, MediaLoad.Phase phase, String fault, long injected,
            int acknowledgedBefore) throws Exception {
        long clean = awaitActiveClean();
        long activeClean = clean < 0 ? -1 : (clean - injected) / 1_000_000;
        load.run(4);
        load.pause();
        List<MediaLoad.Upload> mine = load.acknowledged().subList(acknowledgedBefore, load.acknowledged().size());
        int lost = 0;
        int corrupted = 0;
        HttpClient http = HttpClient.newHttpClient();
        for (MediaLoad.Upload upload : mine) {
            HttpResponse<byte[]> original = http.send(HttpRequest.newBuilder(
                    URI.create(stack.url("content-service") + "/api/media/" + upload.id()))
                    .timeout(Duration.ofSeconds(30))
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
    long awaitActiveClean() throws InterruptedException {
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

    Object placementGroups() {
        return ceph.placementGroups();
    }

    /** How many images the staff media library lists. */
    int mediaCount(String token) {
        ShopApi.Reply page = new ShopApi(token).get(stack.url("content-service") + "/api/staff/media?size=1");
        assertEquals(200, page.status(), page.body());
        Matcher total = TOTAL.matcher(page.body());
        assertTrue(total.find(), page.body());
        return Integer.parseInt(total.group(1));
    }
}
