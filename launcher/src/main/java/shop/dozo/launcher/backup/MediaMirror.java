package shop.dozo.launcher.backup;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies media objects to the off-site bucket. Media are immutable and keyed by their SHA-256, so a copy is
 * never overwritten and a pass only moves what is new.
 */
public final class MediaMirror {
    public static final String PREFIX = "media/";

    private MediaMirror() {
    }

    /** @return how many objects were copied */
    public static int copyNew(ObjectStore from, ObjectStore to) {
        Set<String> there = new HashSet<>(to.list(PREFIX));
        List<String> fresh = from.list("").stream().filter(key -> !there.contains(PREFIX + key)).toList();
        return Parallel.map(fresh, key -> from.copyTo(key, to, PREFIX + key)).size();
    }

    /**
     * Puts every off-site media object back into the (emptied or new) media bucket.
     *
     * @return the SHA-256 of the bytes read off-site for each object copied, by media key
     */
    public static Map<String, String> restore(ObjectStore offsite, ObjectStore media) {
        Set<String> present = new HashSet<>(media.list(""));
        List<String> missing = offsite.list(PREFIX).stream()
                .filter(key -> !present.contains(key.substring(PREFIX.length()))).toList();
        Map<String, String> copied = new java.util.TreeMap<>();
        Parallel.map(missing, key -> offsite.copyTo(key, media, key.substring(PREFIX.length())))
                .forEach((key, sha) -> copied.put(key.substring(PREFIX.length()), sha));
        return copied;
    }

    /**
     * Every off-site media object must be back in the media bucket with the same bytes. The off-site side of
     * each object {@link #restore} copied is the hash of the bytes it read; the others are read again.
     */
    public static void verifyRestored(ObjectStore offsite, ObjectStore media, Map<String, String> copied) {
        Map<String, String> restored = DataSnapshot.mediaHashes(media, "");
        List<String> notCopied = offsite.list(PREFIX).stream()
                .filter(key -> !copied.containsKey(key.substring(PREFIX.length()))).toList();
        Map<String, String> expected = new java.util.TreeMap<>(copied);
        Parallel.map(notCopied, key -> offsite.read(key, DataSnapshot::sha256))
                .forEach((key, sha) -> expected.put(key.substring(PREFIX.length()), sha));
        List<String> wrong = new java.util.ArrayList<>();
        expected.forEach((key, sha) -> {
            if (!sha.equals(restored.get(key))) {
                wrong.add(key);
            }
        });
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(wrong.size() + " media object(s) did not come back with their bytes, e.g. "
                    + wrong.get(0));
        }
    }
}
