package shop.dozo.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyKeyGetsItsOwnResultAndCallsOverlap() {
        List<String> keys = IntStream.range(0, 40).mapToObj(i -> "media/" + i).toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Map<String, String> results = Parallel.map(keys, key -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return key.toUpperCase();
        });
        assertEquals(40, results.size());
        assertEquals("MEDIA/7", results.get("media/7"));
        assertEquals(Parallel.THREADS, most.get(), "round trips overlap, a few at a time");
    }

    @Test
    void aFailingCallFailsTheWholeWithItsOwnMessage() {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Parallel.map(
                List.of("a", "b", "c"), key -> {
                    if (key.equals("b")) {
                        throw new IllegalStateException("Object store gone: connection refused");
                    }
                    return key;
                }));
        assertEquals("Object store gone: connection refused", failed.getMessage());
    }
}
