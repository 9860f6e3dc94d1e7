package shop.dozo.api;

/** The {@code type} URIs of the problems a client may need to tell apart; every other problem is about:blank. */
public final class ProblemTypes {
    /** Text no shop text may hold: a control character, a bidi override, a lone surrogate... */
    public static final String INVALID_TEXT = "https://dozo.shop/problems/invalid-text";

    private ProblemTypes() {
    }
}
