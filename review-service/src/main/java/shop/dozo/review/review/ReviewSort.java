package shop.dozo.review.review;

import java.util.Locale;
import shop.dozo.support.ProblemException;

/** Public orderings. Each ends in the id so that paging is stable when dates or ratings tie. */
public enum ReviewSort {
    NEWEST("createdAt desc, id desc"),
    HIGHEST("rating desc, createdAt desc, id desc"),
    LOWEST("rating asc, createdAt desc, id desc"),
    VERIFIED("case when purchaseCheck = shop.dozo.review.review.PurchaseCheck.VERIFIED then 0 else 1 end,"
            + " createdAt desc, id desc");

    final String orderBy;

    ReviewSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public static ReviewSort parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("sort", "newest, highest, lowest or verified");
        }
    }
}
