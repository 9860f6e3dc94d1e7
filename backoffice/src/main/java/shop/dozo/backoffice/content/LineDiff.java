package shop.dozo.backoffice.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of two texts (Myers' diff, java-diff-utils): every line of both, in order, each marked
 * unchanged, removed or added, with its line number on either side. The screen marks changes with words and
 * {@code <ins>}/{@code <del>}, not with colour alone.
 */
public record LineDiff(List<Line> lines, int added, int removed) {

    public record Line(Kind kind, Integer before, Integer after, String text) {
        public boolean isAdded() {
            return kind == Kind.ADDED;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }
    }

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    public boolean changed() {
        return added > 0 || removed > 0;
    }

    public static LineDiff between(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        int added = 0;
        int removed = 0;
        // The deltas come in the order of the old text; what lies between them is unchanged on both sides.
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                lines.add(new Line(Kind.SAME, i + 1, j + 1, old.get(i)));
                i++;
                j++;
            }
            for (String text : delta.getSource().getLines()) {
                lines.add(new Line(Kind.REMOVED, ++i, null, text));
                removed++;
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new Line(Kind.ADDED, null, ++j, text));
                added++;
            }
        }
        while (i < old.size()) {
            lines.add(new Line(Kind.SAME, i + 1, j + 1, old.get(i)));
            i++;
            j++;
        }
        return new LineDiff(List.copyOf(lines), added, removed);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
