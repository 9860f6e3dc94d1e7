package shop.dozo.launcher;

/** Fault injection for the end-to-end tests. */
final class Faults {
    private Faults() {
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook, no cleanup. */
    static void kill9(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        process.destroyForcibly();
        process.onExit().join();
    }
}
