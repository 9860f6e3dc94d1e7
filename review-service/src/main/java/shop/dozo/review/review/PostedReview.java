package shop.dozo.review.review;

/**
 * The answer to a shopper's post. The review is not public yet, so it carries no id: only the secret
 * {@code withdrawKey} that lets this shopper withdraw it later.
 */
public record PostedReview(String status, boolean verifiedPurchase, String withdrawKey) {

    public static PostedReview pending(PurchaseCheck check, String withdrawKey) {
        return new PostedReview(ReviewStatus.PENDING.json(), check == PurchaseCheck.VERIFIED, withdrawKey);
    }
}
