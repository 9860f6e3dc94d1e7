package shop.dozo.backoffice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import shop.dozo.backoffice.content.LineDiff.Kind;
import shop.dozo.backoffice.content.LineDiff.Line;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedAndAddedBetweenUnchangedOnesWithTheLineNumbersOfBothSides() {
        LineDiff diff = LineDiff.between("一\n二\n三\n四", "一\n弐\n三\n四\n五");
        assertEquals(List.of(new Line(Kind.SAME, 1, 1, "一"), new Line(Kind.REMOVED, 2, null, "二"),
                new Line(Kind.ADDED, null, 2, "弐"), new Line(Kind.SAME, 3, 3, "三"), new Line(Kind.SAME, 4, 4, "四"),
                new Line(Kind.ADDED, null, 5, "五")), diff.lines());
        assertEquals(2, diff.added());
        assertEquals(1, diff.removed());
    }

    @Test
    void aBrowsersLineEndsAreNoChange() {
        // A textarea sends CRLF; the text seeded or saved through the API may have LF.
        LineDiff diff = LineDiff.between("一\n二\n", "一\r\n二\r\n");
        assertFalse(diff.changed());
        assertEquals(2, diff.lines().size());
    }

    @Test
    void fromNothingEveryLineIsAdded() {
        LineDiff diff = LineDiff.between(null, "一\n\n二");
        assertEquals(3, diff.added());
        assertEquals(0, diff.removed());
        assertEquals(new Line(Kind.ADDED, null, 2, ""), diff.lines().get(1));
    }
}
