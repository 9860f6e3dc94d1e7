package shop.dozo.backing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ceph.conf of the local media cluster: one monitor, one manager, three BlueStore OSDs on plain files and two
 * RGWs, all on 127.0.0.1. Written again on every start, so a changed port takes effect; the fsid never changes.
 */
final class CephSettings {
    private CephSettings() {
    }

    static String config(String fsid, Path home, ClusterPorts.CephPorts ports) {
        List<String> lines = new ArrayList<>(List.of(
                "# Written by ./dozo up --cluster on every start; loopback only.",
                "[global]",
                "fsid = " + fsid,
                "mon_host = [v2:127.0.0.1:" + ports.mon() + "]",
                "public_addr = 127.0.0.1",
                "cluster_addr = 127.0.0.1",
                // msgr2 only, and every daemon inside Dozo's own port block.
                "ms_bind_msgr1 = false",
                "ms_bind_port_min = " + ports.bindMin(),
                "ms_bind_port_max = " + ports.bindMax(),
                "auth_cluster_required = cephx",
                "auth_service_required = cephx",
                "auth_client_required = cephx",
                "auth_allow_insecure_global_id_reclaim = false",
                "keyring = " + home.resolve("keys") + "/$name.keyring",
                "run_dir = " + home.resolve("run"),
                "admin_socket = " + home.resolve("run") + "/$name.asok",
                "pid_file =",
                // The daemons run in the foreground; their stderr is the member's log in logs/.
                "log_to_file = false",
                "log_to_stderr = true",
                "err_to_stderr = true",
                "mon_cluster_log_to_file = false",
                "mon_cluster_log_to_stderr = false",
                "mon_data = " + home.resolve("mon") + "/$id",
                "mgr_data = " + home.resolve("mgr") + "/$id",
                "osd_data = " + home.resolve("osd") + "/$id",
                // BlueStore on a sparse file in the OSD's folder: the default block path, created by mkfs.
                "osd_objectstore = bluestore",
                "bluestore_block_create = true",
                "bluestore_block_size = " + BLOCK_BYTES,
                // Every copy on another OSD: they all sit on this one host, so the failure domain is the OSD.
                "osd_pool_default_size = 3",
                "osd_pool_default_min_size = 2",
                "osd_crush_chooseleaf_type = 0",
                "mon_osd_reporter_subtree_level = osd",
                // Few placement groups: RGW makes about eight pools, and three OSDs carry them all.
                "osd_pool_default_pg_num = 8",
                "osd_pool_default_pgp_num = 8",
                "osd_pool_default_pg_autoscale_mode = off",
                // A stopped OSD is marked down after about 8 s, not 20, so writes move on sooner.
                "osd_heartbeat_interval = 2",
                "osd_heartbeat_grace = 8",
                "mon_warn_on_pool_no_redundancy = false",
                "mgr_initial_modules = iostat",
                // S3 clients (the MinIO client among them) name us-east-1 when they create a bucket; RGW's zone
                // group is called "default".
                "rgw_relaxed_region_enforcement = true",
                "[mon]",
                "keyring = $mon_data/keyring"));
        for (int gateway = 1; gateway <= ports.gateways().size(); gateway++) {
            lines.add("[client.rgw." + gateway + "]");
            lines.add("rgw_frontends = beast endpoint=127.0.0.1:" + ports.gateways().get(gateway - 1));
        }
        return String.join("\n", lines) + "\n";
    }

    /** 2 GiB per OSD, sparse: only what is written takes disk space. */
    static final long BLOCK_BYTES = 2L * 1024 * 1024 * 1024;
}
