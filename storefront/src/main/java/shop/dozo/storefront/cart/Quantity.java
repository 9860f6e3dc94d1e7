package shop.dozo.storefront.cart;

import java.util.OptionalInt;

/** A quantity typed by a shopper: 1 to 99, digits only (full-width digits from a Japanese keyboard too). */
public final class Quantity {
    public static final int MAX = 99;

    private Quantity() {
    }

    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String digits = toHalfWidth(text.strip());
        if (!digits.matches("[0-9]{1,3}")) {
            return OptionalInt.empty();
        }
        int quantity = Integer.parseInt(digits);
        return quantity >= 1 && quantity <= MAX ? OptionalInt.of(quantity) : OptionalInt.empty();
    }

    private static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }
}
