package shop.dozo.review.review;

/**
 * The answer to a shopper's post. The review is not public yet, so it carries no id: only the secret
 * {@code withdrawKey} that lets this shopper withdraw it later. It does not say whether the purchase was
 * verified: that would confirm an (order number, e-mail, SKU) triple to anyone who guesses one. The badge shows
 * on the published review.
 */
public record PostedReview(String status, String withdrawKey) {

    public static PostedReview pending(String withdrawKey) {
        return new PostedReview(ReviewStatus.PENDING.json(), withdrawKey);
    }
}
