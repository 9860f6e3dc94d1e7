package shop.dozo.backoffice.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import shop.dozo.backoffice.upstream.OperationsClient;

/**
 * The shop's safety nets at a glance: when each last succeeded, and a warning when that is longer ago than its
 * schedule allows (a failed run records nothing, so "late" is also how a failure shows). The full backup runs
 * every 6 hours and the archive pass daily in the chart; the drill weekly.
 */
public record Safety(List<Net> nets) {

    public record Net(String name, Instant lastSuccess, String detail, boolean late) {
        public boolean never() {
            return lastSuccess == null;
        }
    }

    static final Map<String, Duration> ALLOWED = Map.of("last-full-backup", Duration.ofHours(26), "last-archive",
            Duration.ofHours(26), "last-drill", Duration.ofDays(8));

    public static Safety of(Map<String, OperationsClient.Status> status, Instant now) {
        List<Net> nets = List.of("last-full-backup", "last-archive", "last-drill").stream().map(name -> {
            OperationsClient.Status last = status.get(name);
            Instant at = last == null ? null : last.at();
            boolean late = at == null || at.plus(ALLOWED.get(name)).isBefore(now);
            return new Net(name, at, last == null ? null : last.detail(), late);
        }).toList();
        return new Safety(nets);
    }

    public boolean anyLate() {
        return nets.stream().anyMatch(Net::late);
    }
}
