package shop.dozo.review.review;

import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of matching items on all pages. */
public record ReviewPage<T>(int page, int size, long total, List<T> items) {
}
