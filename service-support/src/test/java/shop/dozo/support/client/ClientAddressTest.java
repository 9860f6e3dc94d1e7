package shop.dozo.support.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));

    @Test
    void aDirectClientIsItsOwnPeerWhateverItClaims() {
        assertEquals("203.0.113.7", behindIngress.resolve("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        // The client wrote "1.2.3.4"; the Ingress appended the real peer, the storefront the Ingress.
        assertEquals("203.0.113.7", behindIngress.resolve("10.1.2.3", List.of("1.2.3.4, 203.0.113.7, 10.0.0.5")));
        assertEquals("203.0.113.7", behindIngress.resolve("10.1.2.3", List.of("1.2.3.4", "203.0.113.7:5123")));
        assertEquals("2001:db8:0:0:0:0:0:1", behindIngress.resolve("10.1.2.3", List.of("[2001:db8::1]:443")));
    }

    @Test
    void garbageOrOnlyOurOwnHopsNeverLetTheClientChoose() {
        assertEquals("10.0.0.5", behindIngress.resolve("10.1.2.3", List.of("203.0.113.7, unknown, 10.0.0.5")));
        assertEquals("10.1.2.3", behindIngress.resolve("10.1.2.3", List.of("not an address")));
        assertEquals("10.0.0.5", behindIngress.resolve("10.1.2.3", List.of("10.0.0.5")));
        assertEquals("10.1.2.3", behindIngress.resolve("10.1.2.3", List.of()));
    }

    @Test
    void noneTrustsNoProxyAndABadRangeStopsTheStart() {
        assertEquals("127.0.0.1", new ClientAddress(List.of("none")).resolve("127.0.0.1", List.of("203.0.113.7")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/99")));
    }
}
