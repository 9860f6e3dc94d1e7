package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports: our servers listen on 127.0.0.1 only. */
public final class Ports {
    private Ports() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message a person can act on when something else already holds the port. */
    public static void requireFree(int port, String what, String setting) {
        if (isListening(port)) {
            throw new IllegalStateException(what + " cannot start: port " + port
                    + " on 127.0.0.1 is already in use. Stop what uses it or choose another port with " + setting
                    + ".");
        }
    }
}
