package shop.dozo.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian packages a test needs. Run by hand on a machine without them, the test is skipped. Under `./dozo test` as
 * root, which installs them first, a missing one fails the test: a fault test that skips itself in CI proves nothing.
 */
public final class Prerequisites {
    /** Set by `./dozo test` once it has installed the test prerequisites. */
    static final String INSTALLED = "DOZO_TEST_PREREQUISITES_INSTALLED";

    private Prerequisites() {
    }

    public static void need(boolean present, String what) {
        if ("1".equals(System.getenv(INSTALLED))) {
            Assertions.assertTrue(present, what + " is missing although ./dozo test installed the test prerequisites");
        } else {
            Assumptions.assumeTrue(present, "needs " + what + " (./dozo test installs it as root)");
        }
    }
}
