package shop.dozo.launcher.backup;

/** The launcher's tuning knobs that come from the environment (the tests set them to provoke a fault). */
public final class Tuning {
    private Tuning() {
    }

    /** A whole number from environment variable {@code name}, or {@code fallback} when it is unset or blank. */
    public static long wholeNumber(String name, long fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not '" + value + "'.");
        }
    }
}
