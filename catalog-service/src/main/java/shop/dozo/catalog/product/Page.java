package shop.dozo.catalog.product;

import java.util.List;

/** One page of a listing; {@code total} counts all matches, so a client can draw page links. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
