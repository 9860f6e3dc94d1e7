package shop.dozo.launcher.backup;

import java.util.HashSet;
import java.util.List;
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
        int copied = 0;
        for (String key : from.list("")) {
            if (!there.contains(PREFIX + key)) {
                from.copyTo(key, to, PREFIX + key);
                copied++;
            }
        }
        return copied;
    }

    /** Puts every off-site media object back into the (emptied or new) media bucket. */
    public static int restore(ObjectStore offsite, ObjectStore media) {
        Set<String> present = new HashSet<>(media.list(""));
        List<String> keys = offsite.list(PREFIX);
        int restored = 0;
        for (String key : keys) {
            String mediaKey = key.substring(PREFIX.length());
            if (!present.contains(mediaKey)) {
                offsite.copyTo(key, media, mediaKey);
                restored++;
            }
        }
        return restored;
    }

    /** Every off-site media object must be back in the media bucket with the same bytes. */
    public static void verifyRestored(ObjectStore offsite, ObjectStore media) {
        java.util.Map<String, String> restored = DataSnapshot.mediaHashes(media, "");
        List<String> wrong = new java.util.ArrayList<>();
        DataSnapshot.mediaHashes(offsite, PREFIX).forEach((key, sha) -> {
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
