package shop.dozo.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes a service's ids can have, by the name of the path or query parameter that carries them. A service
 * produces one bean of this type, built from the same constants its validation uses, and {@link ImpossibleIds}
 * refuses any value of another shape before it reaches SQL (an ASCII column compared with "café" is a 500 in MariaDB).
 */
public final class IdShapes {
    private final Map<String, Shape> byParameter = new HashMap<>();

    public record Shape(Pattern pattern, int maxLength, String message) {
        boolean fits(String value) {
            return value.length() <= maxLength && pattern.matcher(value).matches();
        }
    }

    /** {@code regex} must match the whole value; {@code message} says to a client what fits. */
    public IdShapes id(String parameter, String regex, int maxLength, String message) {
        byParameter.put(parameter, new Shape(Pattern.compile(regex), maxLength, message));
        return this;
    }

    /** The shape a value of {@code parameter} breaks, if any; a parameter without a shape breaks none. */
    Optional<Shape> broken(String parameter, List<String> values) {
        Shape shape = byParameter.get(parameter);
        if (shape == null || values.stream().allMatch(shape::fits)) {
            return Optional.empty();
        }
        return Optional.of(shape);
    }
}
