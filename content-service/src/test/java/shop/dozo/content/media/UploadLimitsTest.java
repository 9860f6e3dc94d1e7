package shop.dozo.content.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import shop.dozo.support.ProblemException;

/** Bodies sent without a Content-Length (chunked) are measured while reading. */
class UploadLimitsTest {

    @Test
    void aBodyUpToTheLimitIsReadAndOneByteMoreIsRefused() {
        UploadLimits limits = new UploadLimits();
        limits.maxBytes = 1000;
        assertEquals(1000, limits.read(new ByteArrayInputStream(new byte[1000])).length);
        ProblemException tooLarge = assertThrows(ProblemException.class,
                () -> limits.read(new ByteArrayInputStream(new byte[1001])));
        assertEquals(413, tooLarge.problem().status());
    }
}
