package shop.dozo.content.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void singleRangesInEveryForm() {
        assertEquals(Optional.of(new ByteRange(0, 9)), ByteRange.parse("bytes=0-9", 100));
        assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.parse("bytes=90-", 100));
        assertEquals(Optional.of(new ByteRange(95, 99)), ByteRange.parse("bytes=-5", 100));
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.parse("bytes=-500", 100));
        assertEquals(Optional.of(new ByteRange(50, 99)), ByteRange.parse("bytes=50-5000", 100), "the end is clamped");
        assertEquals(10, new ByteRange(0, 9).length());
    }

    @Test
    void rangesBeyondTheEndCannotBeSatisfied() {
        assertEquals(Optional.of(ByteRange.UNSATISFIABLE), ByteRange.parse("bytes=100-", 100));
        assertEquals(Optional.of(ByteRange.UNSATISFIABLE), ByteRange.parse("bytes=-0", 100));
    }

    @Test
    void whatIsNotUnderstoodMeansTheWholeObject() {
        assertEquals(Optional.empty(), ByteRange.parse(null, 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-9", 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=9-1", 100));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 100));
    }
}
